import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import type { Product } from '../product'
import { ProductViewer, type ProductViewerHandle } from '../viewer/ProductViewer'
import type { CoviewMirror as MirrorStore, CoviewMirrorState } from './mirrorStore'
import type { CoviewArStatus, CoviewState } from './state'
import { COVIEW_CSS, hotspotHighlightCss } from './coviewCss'
import { CoviewSwatch } from './CoviewSwatch'

/** Props of `<CoviewMirror>`. */
export interface CoviewMirrorProps {
  mirror: MirrorStore
  /** The store's catalogue: the shared state names a product only by id. */
  findProduct: (id: string) => Product | undefined
}

const STATUS: Record<CoviewMirrorState['status'], string> = {
  connecting: 'Connecting to the shopper’s view…',
  waiting: 'Waiting for the shopper’s view…',
  live: 'Live: you see the product as the shopper sees it (never their camera).',
  ended: 'The shopper stopped sharing.',
  refused: 'This live view could not be opened: the link has expired or is not valid.',
}

/** "Placed on the floor, 1.8 m from them" for the badge over the mirror. */
export function describeAr(ar: CoviewArStatus, placement: string | undefined): string {
  if (ar.status === 'searching')
    return `In their room: looking for ${placement === 'wall' ? 'a wall' : placement === 'table' ? 'a table' : 'the floor'}…`
  if (ar.status === 'placed') {
    const where = ar.surface ? `on the ${ar.surface}` : 'in their room'
    return `Placed ${where}${typeof ar.distance === 'number' ? `, ${ar.distance.toFixed(1)} m from them` : ''}`
  }
  return ''
}

/**
 * The agent's live mirror of a shopper's shared view: the same product and
 * variant in the real viewer at the same angle and zoom, dimensions and the
 * open hotspot; in AR the status over the product; in try-on the shade and
 * intensity on a swatch (never a face). The agent can point from here.
 */
export function CoviewMirror({ mirror, findProduct }: CoviewMirrorProps) {
  const m = useSyncExternalStore(mirror.subscribe, mirror.getState, mirror.getState)
  const state = m.status === 'live' ? m.state : null
  const product = state?.productId ? findProduct(state.productId) : undefined
  const rootRef = useRef<HTMLDivElement>(null)
  // One viewer handle: the stage follows the shopper with it, "propose this angle" reads the agent's own view.
  const viewer = useRef<ProductViewerHandle>(null)

  return (
    <div
      ref={rootRef}
      className="vitrine-coview-mirror"
      data-coview-status={m.status}
      data-connection={m.connection}
      data-product={state?.productId ?? ''}
      data-variant={state?.variant ?? ''}
      data-dimensions={String(!!state?.dimensions)}
      data-hotspot={state?.hotspot ?? ''}
      data-surface={state?.surface ?? ''}
      data-ar={state ? `${state.ar.status}${state.ar.surface ? `:${state.ar.surface}` : ''}` : ''}
      data-shade={state?.tryon.shade ?? ''}
      data-intensity={state ? String(state.tryon.intensity) : ''}
    >
      <style href="vitrine-coview" precedence="default">
        {COVIEW_CSS}
      </style>
      <p role="status" className="vitrine-coview-caption">
        {STATUS[m.status]}
        {m.status === 'live' && m.connection === 'reconnecting' ? ' Reconnecting…' : ''}
      </p>
      {state && product && <MirrorStage state={state} product={product} rootRef={rootRef} viewer={viewer} />}
      {state && !product && (
        <p className="vitrine-coview-caption">
          The shopper is on a product this inbox does not know ({state.productId ?? 'none'}).
        </p>
      )}
      {state && product && <PointTools mirror={mirror} state={state} product={product} m={m} viewer={viewer} />}
    </div>
  )
}

type ViewerRef = React.RefObject<ProductViewerHandle | null>

function MirrorStage({
  state,
  product,
  rootRef,
  viewer,
}: {
  state: CoviewState
  product: Product
  rootRef: React.RefObject<HTMLDivElement | null>
  viewer: ViewerRef
}) {
  const [ready, setReady] = useState(false)
  const swatch = product.kind === 'lipstick' || state.surface === 'tryon'

  // Follow the shopper's camera before the next paint; the applied angle is on the root for tests and devtools.
  useLayoutEffect(() => {
    const o = state.orbit
    if (!ready || !o || !viewer.current) return
    viewer.current.orbit({ azimuthDeg: o.azimuth, elevationDeg: o.elevation, zoom: o.zoom })
    if (rootRef.current) rootRef.current.dataset.orbit = `${o.azimuth},${o.elevation},${o.zoom}`
  }, [ready, state.orbit, rootRef, viewer])

  if (swatch) {
    const shade = product.shades.find((s) => s.id === state.tryon.shade) ?? product.shades[0]
    return (
      <CoviewSwatch color={shade?.color ?? '#999'} name={shade?.name ?? 'No shade'} intensity={state.tryon.intensity} />
    )
  }
  const hotspot = product.hotspots.find((h) => h.id === state.hotspot)
  const ar = describeAr(state.ar, product.placement)
  return (
    <>
      <div className="vitrine-coview-stage" data-coview="mirror-stage">
        {hotspot && <style>{hotspotHighlightCss('.vitrine-coview-stage', hotspot.id, '#2563eb')}</style>}
        <ProductViewer
          ref={viewer}
          product={product}
          variant={state.variant ?? undefined}
          dimensions={state.dimensions}
          loading="eager"
          onReady={() => setReady(true)}
        />
        {state.surface === 'ar' && ar && (
          <div className="vitrine-coview-badge" data-coview="ar-status">
            {ar}
          </div>
        )}
      </div>
      <p className="vitrine-coview-caption" data-coview="hotspot-caption">
        {hotspot
          ? `Open on their screen: ${hotspot.title}${hotspot.text ? `. ${hotspot.text}` : ''}`
          : 'No hotspot open.'}
        {state.dimensions ? ' Dimensions shown.' : ''}
      </p>
    </>
  )
}

function PointTools({
  mirror,
  state,
  product,
  m,
  viewer,
}: {
  mirror: MirrorStore
  state: CoviewState
  product: Product
  m: CoviewMirrorState
  viewer: ViewerRef
}) {
  const answer = m.answer
    ? m.answer.accepted
      ? 'The shopper accepted your suggestion.'
      : 'The shopper said no thanks.'
    : m.pending
      ? 'Suggestion sent: waiting for the shopper’s tap.'
      : ''
  const isLipstick = product.kind === 'lipstick'
  return (
    <section className="vitrine-coview-tools" aria-label="Point things out to the shopper">
      {!isLipstick && product.variants.length > 1 && (
        <>
          <h3>Suggest a colour</h3>
          <div className="vitrine-coview-row">
            {product.variants.map((v) => (
              <button
                key={v.id}
                type="button"
                data-suggest="variant"
                data-value={v.id}
                aria-pressed={state.variant === v.id}
                onClick={() => mirror.suggest('variant', v.id)}
              >
                {v.name}
              </button>
            ))}
          </div>
        </>
      )}
      {product.shades.length > 0 && (
        <>
          <h3>Suggest a shade</h3>
          <div className="vitrine-coview-row">
            {product.shades.map((s) => (
              <button
                key={s.id}
                type="button"
                data-suggest="shade"
                data-value={s.id}
                aria-pressed={state.tryon.shade === s.id}
                onClick={() => mirror.suggest('shade', s.id)}
              >
                {s.name}
              </button>
            ))}
          </div>
        </>
      )}
      {!isLipstick && product.hotspots.length > 0 && (
        <>
          <h3>Point at</h3>
          <div className="vitrine-coview-row">
            {product.hotspots.map((h) => (
              <button
                key={h.id}
                type="button"
                data-suggest="hotspot"
                data-value={h.id}
                aria-pressed={state.hotspot === h.id}
                onClick={() => mirror.suggest('hotspot', h.id)}
              >
                {h.title}
              </button>
            ))}
          </div>
        </>
      )}
      {!isLipstick && (
        <div className="vitrine-coview-row">
          <button
            type="button"
            data-suggest="angle"
            onClick={() => {
              const o = viewer.current?.orbit()
              if (o)
                mirror.suggest('angle', {
                  azimuth: Math.round(o.azimuthDeg * 10) / 10,
                  elevation: Math.round(o.elevationDeg * 10) / 10,
                  zoom: Math.round(o.zoom * 1000) / 1000,
                })
            }}
          >
            Propose the angle you are looking from
          </button>
        </div>
      )}
      {answer && (
        <p role="status" className="vitrine-coview-caption" data-coview="answer">
          {answer}
        </p>
      )}
    </section>
  )
}
