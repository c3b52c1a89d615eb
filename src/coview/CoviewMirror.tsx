import { useRef, useSyncExternalStore } from 'react'
import type { Product } from '../product'
import type { ProductViewerHandle } from '../viewer/ProductViewer'
import type { CoviewMirror as MirrorStore } from './mirrorStore'
import { COVIEW_CSS } from './coviewCss'
import { MIRROR_STATUS } from './mirrorWords'
import { CoviewMirrorStage } from './CoviewMirrorStage'
import { CoviewPointTools } from './CoviewPointTools'

export { describeAr } from './mirrorWords'

/** Props of `<CoviewMirror>`. */
export interface CoviewMirrorProps {
  mirror: MirrorStore
  /** The store's catalogue: the shared state names a product only by id. */
  findProduct: (id: string) => Product | undefined
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
  const distance = state?.ar.status === 'placed' ? state.ar.distance : null

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
      data-ar-distance={typeof distance === 'number' ? String(distance) : ''}
      data-shade={state?.tryon.shade ?? ''}
      data-intensity={state ? String(state.tryon.intensity) : ''}
    >
      <style href="vitrine-coview" precedence="default">
        {COVIEW_CSS}
      </style>
      <p role="status" className="vitrine-coview-caption">
        {MIRROR_STATUS[m.status]}
        {m.status === 'live' && m.connection === 'reconnecting' ? ' Reconnecting…' : ''}
      </p>
      {state && product && <CoviewMirrorStage state={state} product={product} rootRef={rootRef} viewer={viewer} />}
      {state && !product && (
        <p className="vitrine-coview-caption">
          The shopper is on a product this inbox does not know ({state.productId ?? 'none'}).
        </p>
      )}
      {state && product && <CoviewPointTools mirror={mirror} state={state} product={product} m={m} viewer={viewer} />}
    </div>
  )
}
