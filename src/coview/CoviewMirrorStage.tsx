import { useLayoutEffect, useState } from 'react'
import type { Product } from '../product'
import { ProductViewer, type ProductViewerHandle } from '../viewer/ProductViewer'
import type { CoviewState } from './state'
import { hotspotHighlightCss } from './coviewCss'
import { CoviewSwatch } from './CoviewSwatch'
import { describeAr } from './mirrorWords'

/**
 * What the agent looks at: the shopper's product in the real viewer at their angle and zoom, with
 * dimensions and the open hotspot, and in AR the status over it; for try-on, a swatch (never a face).
 */
export function CoviewMirrorStage({
  state,
  product,
  rootRef,
  viewer,
}: {
  state: CoviewState
  product: Product
  rootRef: React.RefObject<HTMLDivElement | null>
  viewer: React.RefObject<ProductViewerHandle | null>
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
          <div className="vitrine-coview-badge" data-coview="ar-status" data-ar-status={state.ar.status}>
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
