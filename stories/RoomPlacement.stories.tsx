import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { RoomPlacement, type ArEnvironment } from '../src/ar'
import { ArOverlay } from '../src/ar/webxr/ArOverlay'
import { parseProduct, type Product } from '../src/product'
import type { TrackInput } from '../src/events/types'

// "View in your room" in each state. The live ones run a real immersive-ar
// session in IWER's synthetic living_room (an emulated handheld phone, the
// same harness as tests/browser/ar.test.ts); the overlay-only ones draw the
// in-AR UI over a photo of a real room (../shared/assets/backdrop).

// Fetched, not imported: Storybook serves /assets as a static dir, which shadows a JSON module import.
let catalogue: Promise<{ id: string }[]> | undefined
function useProduct(id: string): Product | string | undefined {
  const [result, setResult] = useState<Product | string>()
  useEffect(() => {
    catalogue ??= fetch('/assets/products.json').then((r) => r.json())
    catalogue.then(
      (list) => {
        const parsed = parseProduct(list.find((p) => p.id === id))
        setResult(parsed.ok ? parsed.product : parsed.error.message)
      },
      (e) => setResult(String(e)),
    )
  }, [id])
  return result
}
/** Renders children with the sample product, or says why it can't. */
function WithProduct({ id, children }: { id: string; children: (p: Product) => ReactNode }) {
  const p = useProduct(id)
  if (p === undefined) return null
  if (typeof p === 'string')
    return (
      <p role="note" style={note}>
        Sample product "{id}" unavailable: {p}
      </p>
    )
  return <>{children(p)}</>
}
const BACKDROP = '/shared/backdrop/st_fagans_interior_view_960x540.png'
const ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36'
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'
const env = (e: Partial<ArEnvironment>): ArEnvironment => ({
  userAgent: DESKTOP,
  maxTouchPoints: 0,
  supportsQuickLook: false,
  ...e,
})
const note: React.CSSProperties = { font: '14px system-ui', padding: 16 }

function EventLog({ events }: { events: TrackInput[] }) {
  return (
    <pre
      role="log"
      tabIndex={0}
      aria-label="AR events"
      style={{ font: '12px ui-monospace, monospace', maxHeight: 160, overflow: 'auto' }}
    >
      {events.map((e) => `${e.name} ${JSON.stringify(e.props ?? {})}`).join('\n')}
    </pre>
  )
}

/** Clicks the AR button once it appears: stories show the state, not the button. */
function useAutoTap(ref: React.RefObject<HTMLElement | null>, selector = '[data-vitrine-ar-button]') {
  useEffect(() => {
    const t = setInterval(() => {
      const b = ref.current?.querySelector<HTMLButtonElement>(selector)
      if (b) {
        clearInterval(t)
        b.click()
      }
    }, 100)
    return () => clearInterval(t)
  }, [ref, selector])
}

let emulator: Promise<any> | undefined
/** One emulated phone per preview iframe (IWER replaces navigator.xr for the page). */
function useEmulatedRoom() {
  const [device, setDevice] = useState<any>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    emulator ??= import('../tests/pages/ar/handheld').then((m) => m.installHandheld()).then((r) => r.device)
    emulator.then(setDevice, (e) => setError(String(e)))
  }, [])
  return { device, error }
}

interface LiveProps {
  productId: string
  aim?: { x: number; y: number; z: number }
  place?: boolean
  /** Point the phone at the ceiling before entering AR: no floor in view, so the session keeps searching. */
  lookUp?: boolean
  hintAfterMs?: number
}
const liveEnvironment = (): ArEnvironment => env({ userAgent: ANDROID, maxTouchPoints: 5, xr: navigator.xr })

/** A real WebXR session in the emulated living_room: aims the phone, and taps to place when asked. */
function LiveRoom({ productId, aim, place, lookUp, hintAfterMs }: LiveProps) {
  const { device, error } = useEmulatedRoom()
  const [events, setEvents] = useState<TrackInput[]>([])
  const root = useRef<HTMLDivElement>(null)
  const tapped = useRef(false)
  // Read navigator.xr once IWER has replaced it, and keep the object: RoomPlacement re-detects when it changes.
  const environment = useMemo(() => (device ? liveEnvironment() : undefined), [device])
  useEffect(() => {
    if (!device || !lookUp) return
    const a = (80 * Math.PI) / 180 // pitch up 80°: only the ceiling in view
    device.quaternion.set(Math.sin(a / 2), 0, 0, Math.cos(a / 2))
  }, [device, lookUp])
  if (error)
    return (
      <p role="note" style={note}>
        The emulated room could not start: {error}
      </p>
    )
  if (!device) return <p style={note}>Starting the emulated phone…</p>
  const onEvent = (e: TrackInput) => {
    setEvents((list) => [...list, e])
    if (e.name === 'ar_started' && aim)
      void device.remote.dispatch('look_at', { device: 'headset', target: aim }).catch(() => {})
    if (e.name === 'ar_surface_found' && place && !tapped.current && aim) {
      tapped.current = true
      // Let the reticle settle on the aimed point, then tap the screen (fires the session's select).
      setTimeout(() => {
        placeTap(device, aim)
      }, 1500)
    }
  }
  return (
    <div ref={root}>
      <AutoTap root={root} />
      <WithProduct id={productId}>
        {(p) => (
          <RoomPlacement
            product={p}
            environment={environment}
            modes={['webxr']}
            onEvent={onEvent}
            searchHintAfterMs={hintAfterMs}
          />
        )}
      </WithProduct>
      <EventLog events={events} />
    </div>
  )
}
function AutoTap({ root }: { root: React.RefObject<HTMLElement | null> }) {
  useAutoTap(root)
  return null
}

const touches = new WeakMap<object, any>()
async function placeTap(device: any, at: { x: number; y: number; z: number }) {
  if (!touches.has(device)) {
    const { ScreenTouch } = await import('../tests/pages/ar/handheld')
    touches.set(device, new ScreenTouch(device, 9))
  }
  const t = touches.get(device)
  t.down(at)
  t.up()
}

function NeedsShared({ children }: { children: ReactNode }) {
  const [ok, setOk] = useState<boolean | null>(null)
  useEffect(() => {
    fetch(BACKDROP, { method: 'HEAD' }).then(
      (r) => setOk(r.ok),
      () => setOk(false),
    )
  }, [])
  if (ok === null) return null
  if (!ok)
    return (
      <p role="note" style={note}>
        This story needs the shared backdrop (../shared/assets/backdrop, served at /shared). It is not part of the
        repository.
      </p>
    )
  return <>{children}</>
}

/** The in-AR UI over a photo of a room, for states the emulator can't produce on demand. */
function OverlayOnBackdrop(props: Partial<React.ComponentProps<typeof ArOverlay>>) {
  return <WithProduct id="armchair">{(p) => <OverlayFor p={p} {...props} />}</WithProduct>
}
function OverlayFor({ p, ...props }: { p: Product } & Partial<React.ComponentProps<typeof ArOverlay>>) {
  return (
    <NeedsShared>
      <div
        style={{
          position: 'relative',
          width: 390,
          height: 'min(700px, 100vh)',
          background: `center / cover url(${BACKDROP})`,
          transform: 'translateZ(0)',
          overflow: 'hidden',
        }}
      >
        <ArOverlay
          status="searching"
          placement="floor"
          surfaceFound={false}
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
          onAddToCart={() => {}}
          onAskAbout={() => {}}
          {...props}
        />
      </div>
    </NeedsShared>
  )
}

/** A fallback flow started by tapping the button with a given device description. */
function Fallback({ environment, productId = 'armchair' }: { environment: ArEnvironment; productId?: string }) {
  const root = useRef<HTMLDivElement>(null)
  const [events, setEvents] = useState<TrackInput[]>([])
  useAutoTap(root)
  return (
    <div ref={root} style={{ font: '15px system-ui', padding: 16 }}>
      <WithProduct id={productId}>
        {(p) => (
          <RoomPlacement
            product={p}
            environment={environment}
            pageUrl="https://shop.example/p/armchair"
            onEvent={(e) => setEvents((l) => [...l, e])}
          />
        )}
      </WithProduct>
      <EventLog events={events} />
    </div>
  )
}

const meta: Meta = { title: 'View in your room/RoomPlacement', parameters: { layout: 'fullscreen' } }
export default meta
type Story = StoryObj

/** No floor in view yet (the phone points at the ceiling): the search guidance, no reticle. */
export const Searching: Story = {
  tags: ['state:data-ar-status=searching'],
  render: () => <LiveRoom productId="armchair" lookUp hintAfterMs={600_000} />,
}
/** A floor hit: the reticle lies on the floor where the phone points. */
export const SurfaceFound: Story = {
  tags: ['state:data-ar-search=surface-found'],
  render: () => <LiveRoom productId="armchair" />,
}
export const PlacedOnFloor: Story = {
  tags: ['state:data-ar-status=placed'],
  render: () => <LiveRoom productId="armchair" aim={{ x: 0.3, y: 0, z: -1.6 }} place />,
}
export const PlacedOnWall: Story = {
  tags: ['state:data-ar-status=placed'],
  render: () => <LiveRoom productId="wall-mirror" aim={{ x: -2.94, y: 1.5, z: -0.4 }} place />,
}
/** Still no surface after the hint delay (2 s here, 10 s by default): the light-and-texture hint. */
export const SearchingHint: Story = {
  tags: ['state:data-ar-search=long-search'],
  render: () => <LiveRoom productId="armchair" lookUp hintAfterMs={2000} />,
}
export const TrackingLost: Story = {
  render: () => <OverlayOnBackdrop status="placed" tracking={false} trackingNotice="lost" />,
}
export const PlacedOverlay: Story = { render: () => <OverlayOnBackdrop status="placed" surfaceFound /> }
/** requestSession rejects (Chromium's own navigator.xr has no AR hardware): the message, then the next mode. */
export const Failed: Story = {
  render: () => (
    <Fallback
      environment={env({ userAgent: ANDROID, maxTouchPoints: 5, xr: { isSessionSupported: async () => true } })}
    />
  ),
}
export const Unsupported: Story = {
  render: () => <Fallback environment={env({ userAgent: ANDROID.replace('Chrome', 'Firefox') + ' Firefox/130.0' })} />,
}
export const QrHandoff: Story = { render: () => <Fallback environment={env({})} /> }
