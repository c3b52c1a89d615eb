import type { Meta, StoryObj } from '@storybook/react-vite'
import { useMemo } from 'react'
import { ProductPreview } from '../src/preview/ProductPreview'
import { createCoview, type Coview } from '../src/coview/shopperStore'
import { createCoviewMirror } from '../src/coview/mirrorStore'
import { CoviewMirror } from '../src/coview/CoviewMirror'
import { CoviewInAr } from '../src/coview/CoviewInAr'
import { ArOverlay } from '../src/ar/webxr/ArOverlay'
import { EMPTY_COVIEW_STATE, type CoviewState } from '../src/coview/state'
import type { CoviewTransportFactory } from '../src/coview/transport'
import type { IncomingMessage } from '../src/coview/protocol'
import { parseProduct, type Product } from '../src/product'
import { lipstick, sofa } from './support/sampleProducts'
import catalogue from '../assets/products.json'

// Our catalogue sofa, with its hotspots (covers, back cushions, legs).
const catalogueSofa = (catalogue as { id: string }[]).find((p) => p.id === 'sofa')!
const catalogueArmchair = (catalogue as { id: string }[]).find((p) => p.id === 'armchair')!

// Real stores, no relay: a transport that plays the relay's side of a short
// conversation, so each state of the share and the mirror can be looked at.
const played =
  (messages: IncomingMessage[]): CoviewTransportFactory =>
  (_ticket, handlers) => {
    queueMicrotask(() => {
      handlers.onStatus('open')
      handlers.onOpen()
      for (const m of messages) handlers.onMessage(m)
    })
    return { send: () => true, close: () => {} }
  }
const storyServer = {
  open: async () => ({ room: 'storyroom_0123456789ab', relay: 'ws://127.0.0.1:1/coview', token: 'story' }),
  close: () => {},
  agentTicket: async () => ({ relay: 'ws://127.0.0.1:1/coview', token: 'story' }),
}
const parsed = (source: unknown): Product => {
  const result = parseProduct(source)
  if (!result.ok) throw new Error(result.error.message)
  return result.product
}

function shopperCoview(step: 'prompt' | 'sharing' | 'suggestion', product: Product): Coview {
  const agentJoined: IncomingMessage[] = [{ t: 'welcome', role: 'shopper', peers: ['a1'] }]
  if (step === 'suggestion')
    agentJoined.push({ t: 'suggest', id: 's1', kind: 'variant', value: product.variants.at(-1)?.id ?? 'x' })
  const coview = createCoview({ server: storyServer, transport: played(agentJoined) })
  coview.update({ productId: product.id })
  coview.ask()
  if (step !== 'prompt') void coview.confirm()
  return coview
}

function ShopperStory({ step, product }: { step: 'prompt' | 'sharing' | 'suggestion'; product: unknown }) {
  const p = useMemo(() => parsed(product), [product])
  const coview = useMemo(() => shopperCoview(step, p), [step, p])
  return (
    <ProductPreview product={p} coview={coview} viewer={{ loading: 'eager' }} actions={{ ar: false, chat: false }} />
  )
}

function MirrorStory({ product, state }: { product: unknown; state: Partial<CoviewState> }) {
  const p = useMemo(() => parsed(product), [product])
  const mirror = useMemo(
    () =>
      createCoviewMirror({
        ticket: storyServer.agentTicket,
        transport: played([
          { t: 'welcome', role: 'agent', peers: [] },
          { t: 'state', s: { ...EMPTY_COVIEW_STATE, productId: p.id, ...state } },
        ]),
      }),
    [p, state],
  )
  return <CoviewMirror mirror={mirror} findProduct={(id) => (id === p.id ? p : undefined)} />
}

/**
 * The in-AR UI as the shopper holds the phone up: the session's overlay (placed, with its colour swatches) and
 * the co-view inside it. A gradient stands in for the camera picture, which a story cannot have.
 */
function InArStory({ step }: { step: 'offer' | 'prompt' | 'sharing' | 'suggestion' }) {
  const p = useMemo(() => parsed(catalogueArmchair), [])
  const coview = useMemo(() => {
    if (step === 'offer') {
      const c = createCoview({ server: storyServer, transport: played([]) })
      c.update({ productId: p.id })
      return c
    }
    return shopperCoview(step, p)
  }, [step, p])
  return (
    <div
      style={{
        position: 'relative',
        width: 390,
        height: 640,
        background: 'linear-gradient(180deg, #8d8478 0%, #b9ae9f 55%, #6f655a 56%, #4d463f 100%)',
        transform: 'translateZ(0)',
        overflow: 'hidden',
      }}
    >
      <ArOverlay
        status="placed"
        placement="floor"
        surfaceFound
        longSearch={false}
        tracking
        trackingNotice={null}
        modelLoading={false}
        scale={1}
        variants={p.variants}
        variantId={p.variants[0]?.id}
        onVariant={() => {}}
        onExit={() => {}}
        onReplace={() => {}}
        extra={<CoviewInAr coview={coview} product={p} session={{ chooseVariant: () => {} }} />}
      />
    </div>
  )
}

const meta = {
  title: 'Coview/Show it to an agent',
  component: ShopperStory,
  decorators: [
    (Story) => (
      <div style={{ width: 460, maxWidth: '100vw', padding: 12 }}>
        <Story />
      </div>
    ),
  ],
  args: { step: 'prompt', product: sofa },
} satisfies Meta<typeof ShopperStory>
export default meta
type Story = StoryObj<typeof meta>

/** The shopper's consent prompt: what is shared (product, colour, angle, shade) and what never is (the camera). */
export const SharePrompt: Story = {}

/** Sharing: the "An agent is viewing" bar with Stop sharing. */
export const SharingBar: Story = { args: { step: 'sharing' } }

/** The agent suggested another colour: it changes nothing until the shopper taps "Show me". */
export const Suggestion: Story = { args: { step: 'suggestion' } }

const sofaId = 'navy'

/** The agent's mirror of the inline viewer: same variant, angle and zoom, dimensions on, a hotspot open. */
export const MirrorViewer: StoryObj<typeof MirrorStory> = {
  render: (args) => <MirrorStory {...args} />,
  args: {
    product: catalogueSofa,
    state: { variant: sofaId, orbit: { azimuth: -40, elevation: 22, zoom: 1.1 }, dimensions: true, hotspot: 'legs' },
  },
}

/** The agent's mirror while the shopper has it in their room: placed on the floor, 1.8 m away. */
export const MirrorInRoom: StoryObj<typeof MirrorStory> = {
  render: (args) => <MirrorStory {...args} />,
  args: {
    product: sofa,
    state: {
      variant: sofaId,
      surface: 'ar',
      ar: { status: 'placed', surface: 'floor', distance: 1.8 },
      orbit: { azimuth: 20, elevation: 15, zoom: 1 },
    },
  },
}

/** The agent's mirror of try-on: the shade and intensity on a swatch, never the shopper's face. */
export const MirrorTryOn: StoryObj<typeof MirrorStory> = {
  render: (args) => <MirrorStory {...args} />,
  args: {
    product: lipstick,
    state: {
      surface: 'tryon',
      tryon: { shade: (lipstick as { shades: { id: string }[] }).shades[1].id, intensity: 0.7 },
    },
  },
}

/** In AR: "Show an agent" in the session's own toolbar, under the colour swatches. */
export const InArOffer: StoryObj<typeof InArStory> = {
  render: (args) => <InArStory {...args} />,
  args: { step: 'offer' },
  tags: ['state:data-coview-phase=off'],
}

/** In AR: the same plain-words consent, over the camera, before anything is shared. */
export const InArPrompt: StoryObj<typeof InArStory> = {
  render: (args) => <InArStory {...args} />,
  args: { step: 'prompt' },
  tags: ['state:data-coview-phase=asking'],
}

/** In AR: "An agent is viewing" with Stop sharing, while the product stays placed. */
export const InArSharingBar: StoryObj<typeof InArStory> = {
  render: (args) => <InArStory {...args} />,
  args: { step: 'sharing' },
  tags: ['state:data-coview-agents=1'],
}

/** In AR: the agent suggests another colour; one tap on "Show me" switches it in place. */
export const InArSuggestion: StoryObj<typeof InArStory> = {
  render: (args) => <InArStory {...args} />,
  args: { step: 'suggestion' },
  tags: ['state:data-kind=variant'],
}
