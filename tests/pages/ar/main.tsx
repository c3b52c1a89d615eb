// Harness for tests/browser/ar.test.ts. Query: ?product=<id in assets/products.json | sheen-chair>
// &xr=handheld|none|reject  &ua=android|iphone|desktop (replace detection)  &modes=webxr,qr
// &coview=<origin of the store's co-view endpoints> offers "Show an agent" in the session (coview-ar.test.ts)
import { StrictMode, useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { parseProduct, type Product } from '../../../src/product'
import type { TrackInput } from '../../../src/events/types'
import { RoomPlacement, type ArEnvironment, type ArMode } from '../../../src/ar'
import { ArProbeProvider, type ArProbeRef } from 'vitrine/testing'
import { createCoview, type Coview } from '../../../src/coview/shopperStore'
import { coviewServer } from '../../../src/coview/server'
import { CoviewInAr } from '../../../src/coview/CoviewInAr'
import { shareSurfaceEvent } from '../../../src/coview/surfaceEvents'

const q = new URLSearchParams(location.search)
const UA: Record<string, string> = {
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
  desktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36',
}

const SHEEN_CHAIR = {
  id: 'sheen-chair',
  name: 'Sheen Chair',
  price: { amount: 349, currency: 'EUR' },
  kind: 'furniture',
  model: { src: '/shared/models/SheenChair/derived/SheenChair.glb', alt: 'An armchair in velvet' },
  dimensions: { width: 0.827, height: 0.686, depth: 0.57, unit: 'm' },
  placement: 'floor',
  variants: [
    { id: 'mango', name: 'Mango Velvet', gltfVariant: 'Mango Velvet', swatch: '#e0a030' },
    { id: 'peacock', name: 'Peacock Velvet', gltfVariant: 'Peacock Velvet', swatch: '#1f5f6f' },
  ],
}

const w = window as any
const events: TrackInput[] = (w.__events = [])
// When each event reached the page (Date.now(): the agent's page, another process, shares the wall clock): the co-view test measures from here to the agent's mirror.
const eventTimes: number[] = (w.__eventTimes = [])
const probe: ArProbeRef = (w.__probe = { current: null })
w.__exits = []
w.__coviewEvents = []
w.__errors = []
w.__inspectUsdz = async (href: string) => (await import('./inspectUsdz')).inspectUsdz(href)

async function main() {
  const id = q.get('product') ?? 'armchair'
  const catalogue = (await (await fetch('/assets/products.json')).json()) as unknown[]
  const raw = id === 'sheen-chair' ? SHEEN_CHAIR : catalogue.find((p: any) => p.id === id)
  const parsed = parseProduct(raw)
  if (!parsed.ok) throw new Error(parsed.error.message)
  const product = {
    ...parsed.product,
    model: parsed.product.model && {
      ...parsed.product.model,
      src: new URL(parsed.product.model.src, location.origin + '/').href,
    },
  }

  const xr = q.get('xr') ?? 'handheld'
  if (xr === 'none') delete (Navigator.prototype as any).xr
  else {
    const { installHandheld } = await import('./handheld')
    const { device, touches } = await installHandheld({ rejectSession: xr === 'reject' })
    w.__device = device
    w.__touches = touches
  }
  const ua = q.get('ua')
  const environment: ArEnvironment | undefined = ua
    ? {
        userAgent: UA[ua],
        maxTouchPoints: ua === 'desktop' ? 0 : 5,
        xr: xr === 'none' ? undefined : navigator.xr,
        supportsQuickLook: ua === 'iphone',
      }
    : undefined
  const modes = q.get('modes')?.split(',') as ArMode[] | undefined
  const coviewBase = q.get('coview')
  // The store's server is another loopback origin here (the test's own), answering with CORS.
  const coview = coviewBase
    ? (w.__coview = createCoview({
        server: coviewServer(`${coviewBase}/coview`, (input, init) =>
          fetch(input, { ...init, mode: 'cors', credentials: 'omit' }),
        ),
        tracker: {
          track(e) {
            w.__coviewEvents.push(e)
            return null
          },
        },
      }))
    : undefined
  createRoot(document.getElementById('app')!).render(
    <StrictMode>
      <App product={product} environment={environment} modes={modes} coview={coview} />
    </StrictMode>,
  )
  w.__ready = true
}

function App({
  product,
  environment,
  modes,
  coview,
}: {
  product: Product
  environment?: ArEnvironment
  modes?: ArMode[]
  coview?: Coview
}) {
  const [variant, setVariant] = useState(q.get('variant') ?? product.variants[0]?.id)
  w.__setVariant = setVariant
  // A page with RoomPlacement alone shares what it shows, as ProductPreview does for its own surfaces.
  useEffect(() => coview?.update({ productId: product.id, variant: variant ?? null }), [coview, product, variant])
  return (
    <>
      <p data-inline-viewer-variant={variant}>Inline viewer shows: {variant}</p>
      <ArProbeProvider probe={probe}>
        <RoomPlacement
          product={product}
          variant={variant}
          onVariantChange={setVariant}
          environment={environment}
          modes={modes}
          pageUrl={`${location.origin}/p/${product.id}`}
          onEvent={(e) => {
            events.push(e)
            eventTimes.push(Date.now())
            shareSurfaceEvent(coview, e)
          }}
          onError={(e) => w.__errors.push(e)}
          onExit={(e) => w.__exits.push(e)}
          onAddToCart={() => events.push({ name: 'add_to_cart', productId: product.id, surface: 'ar' })}
          searchHintAfterMs={Number(q.get('hintMs') ?? 10000)}
          inSession={coview && ((session) => <CoviewInAr coview={coview} product={product} session={session} />)}
        />
      </ArProbeProvider>
    </>
  )
}

main().catch((err) => {
  w.__fatal = String(err?.stack ?? err)
  document.body.append(`FATAL ${err}`)
})
