import type { Meta, StoryObj } from '@storybook/react-vite'
import { createElement, useEffect, useRef, type CSSProperties, type ReactNode, type RefObject } from 'react'
import { defineVitrineProduct } from '../src/element'
import { RequiresShared } from './support/RequiresShared'
import { installSlowNetwork } from './support/slowNetwork'
import { armchair, lipstick, sofa } from './support/sampleProducts'

// <vitrine-product>, the custom element for stores without React, in each of its states. The stories
// render the tag as a store's page would write it; React only places it (attributes and the `product`
// property). Its state is reflected on the host, which the story tags check.
defineVitrineProduct()
installSlowNetwork()

interface ElementProps {
  'product-src'?: string
  product?: unknown
  loading?: string
  actions?: string
  theme?: string
  variant?: string
  className?: string
  style?: CSSProperties
  children?: ReactNode
  ref?: RefObject<HTMLElement | null>
}
/** The tag itself: React 19 sets `product` as a property and the rest as attributes. */
const VitrineProduct = ({ children, ...props }: ElementProps) => createElement('vitrine-product', props, children)

const box: CSSProperties = { display: 'block', width: 420, maxWidth: '100vw' }

/** Waits for `selector` inside the element's shadow root, then runs `act` on it once. */
function useInside(ref: RefObject<HTMLElement | null>, selector: string, act: (el: HTMLElement) => void) {
  useEffect(() => {
    let done = false
    const t = setInterval(() => {
      const el = ref.current?.shadowRoot?.querySelector<HTMLElement>(selector)
      if (!el || done) return
      done = true
      clearInterval(t)
      act(el)
    }, 100)
    return () => clearInterval(t)
    // `act` is a story constant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ref, selector])
}

const meta = {
  title: 'Element/vitrine-product',
  parameters: { layout: 'padded' },
} satisfies Meta
export default meta
type Story = StoryObj<typeof meta>

/** `loading="interaction"`: the poster and buttons in plain DOM, no 3D code until "View in 3D" is tapped. */
export const Poster: Story = {
  tags: ['state:data-vitrine-state=idle'],
  render: () => <VitrineProduct product={sofa} loading="interaction" actions="ar cart" style={box} />,
}

/** The live 3D view once React, R3F and three have loaded (`loading="eager"`), with swatches and the cart. */
export const Ready: Story = {
  tags: ['state:data-vitrine-state=ready'],
  render: () => <VitrineProduct product={sofa} loading="eager" actions="ar cart" style={box} />,
}

/**
 * Bad input: a manifest that fails validation (a currency that is no ISO code) shows a message naming
 * the field; a wrong attribute value (`loading="sometimes"`) falls back to the default and says so.
 */
export const InvalidInput: Story = {
  tags: ['state:data-vitrine-state=error'],
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <VitrineProduct
        product={{ ...armchair, id: 'broken', price: { amount: 10, currency: 'euro' } }}
        loading="eager"
        style={box}
      />
      <VitrineProduct product={armchair} loading="sometimes" actions="ar teleport" style={box} />
    </div>
  ),
}

/** `product-src` answers 404: the element says what it could not fetch, and fires `vitrine-error`. */
export const NotFound: Story = {
  tags: ['state:data-vitrine-state=error'],
  render: () => <VitrineProduct product-src="/assets/catalog/does-not-exist.json" style={box} />,
}

/** The first shade is the one tried on: the darkest, so the result is plain to see on the photo. */
const berryFirst = { ...lipstick, shades: [...(lipstick.shades ?? [])].reverse() }

/** Try it on with a photo: the shopper taps "Try it on" and picks a face photo (no camera). */
export const TryOnPhoto: Story = {
  tags: ['state:data-tryon-status=tracking'],
  render: function TryOnPhoto() {
    const ref = useRef<HTMLElement>(null)
    useInside(ref, '[data-vitrine-action=try-on]', (button) => button.click())
    useInside(ref, '[data-testid=tryon-photo-input]', (input) => {
      void fetch('/shared/faces/face-001.jpg')
        .then((r) => r.blob())
        .then((blob) => {
          const files = new DataTransfer()
          files.items.add(new File([blob], 'face-001.jpg', { type: 'image/jpeg' }))
          ;(input as HTMLInputElement).files = files.files
          input.dispatchEvent(new Event('change', { bubbles: true }))
        })
    })
    return (
      <RequiresShared probe="/shared/faces/face-001.jpg">
        <VitrineProduct
          ref={ref}
          product={berryFirst}
          loading="eager"
          actions="try-on"
          style={{ ...box, width: 560 }}
        />
      </RequiresShared>
    )
  },
}

/** "View in your room" on a desktop without WebXR: a QR code that opens this product on a phone. */
export const ArQrHandoff: Story = {
  tags: ['state:data-ar-mode=qr'],
  render: function ArQrHandoff() {
    const ref = useRef<HTMLElement>(null)
    useInside(ref, '[data-vitrine-ar-button=qr]', (button) => button.click())
    return <VitrineProduct ref={ref} product={armchair} loading="eager" actions="ar" style={box} />
  },
}

/** A store's brand: `--vitrine-*` custom properties on the host and `::part()` rules for its pieces. */
export const CustomTheme: Story = {
  tags: ['state:data-vitrine-state=ready'],
  render: () => (
    <>
      <style>{`
        .brand::part(button) { text-transform: uppercase; letter-spacing: .08em }
        .brand::part(cart-button) { background: #1d1d1b; color: #f3ece4 }
        .brand::part(swatch) { outline: 2px dashed #7a2341; outline-offset: 2px }
      `}</style>
      <VitrineProduct
        product={armchair}
        loading="eager"
        actions="ar cart"
        style={
          {
            ...box,
            '--vitrine-accent': '#7a2341',
            '--vitrine-radius': '2px',
            '--vitrine-font': 'Georgia, serif',
            '--vitrine-bg': '#f3ece4',
          } as CSSProperties
        }
        className="brand"
      />
    </>
  ),
}

/** The store's own poster and "View in your room" button in the `poster` and `ar-button` slots. */
export const SlottedPosterAndArButton: Story = {
  tags: ['state:data-vitrine-state=idle'],
  render: () => (
    <VitrineProduct product={armchair} loading="interaction" actions="ar cart" style={box}>
      <img slot="poster" src="/assets/posters/armchair.webp" alt="The store's own photo of the armchair" />
      <button slot="ar-button" type="button" style={{ font: '600 14px system-ui', padding: '8px 14px' }}>
        See it at home
      </button>
    </VitrineProduct>
  ),
}

/** The store's own progress bar in the `progress-bar` slot, driven by `--vitrine-progress` (a stalled download). */
export const SlottedProgressBar: Story = {
  tags: ['no-settle', 'state:data-vitrine-state=loading'],
  render: () => (
    <VitrineProduct
      product={{
        ...sofa,
        model: { ...sofa.model!, src: '/assets/models/sofa.glb#vitrine-stall=0.4', poster: undefined },
      }}
      loading="eager"
      style={box}
    >
      <div
        slot="progress-bar"
        role="progressbar"
        aria-label="Loading the 3D model"
        style={{ position: 'absolute', left: 24, right: 24, top: '50%', height: 10, background: '#ddd' }}
      >
        <div style={{ height: '100%', background: '#7a2341', width: 'calc(var(--vitrine-progress, 0) * 100%)' }} />
      </div>
    </VitrineProduct>
  ),
}
