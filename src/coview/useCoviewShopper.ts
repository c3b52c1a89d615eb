// Binds a product surface (ProductPreview) to the shopper's co-view store: it
// feeds the shared state from the surfaces' public events and the viewer's
// orbit, and applies an accepted suggestion through the surface's own
// callbacks. Without a `coview` it does nothing and passes everything through.
import { useCallback, useEffect, useRef, useSyncExternalStore, type Ref } from 'react'
import type { Product } from '../product'
import type { TrackInput } from '../events/types'
import type { ProductViewerHandle } from '../viewer/ProductViewer'
import type { TryOnStore } from '../tryon/tryOnStore'
import type { Coview } from './shopperStore'
import { orbitFacing, shareSurfaceEvent } from './surfaceEvents'
import { followTryOnStore, readViewer } from './followStores'
import { useLatest } from '../react/useLatest'

export interface CoviewShopperInput {
  coview?: Coview
  product?: Product
  variantId?: string
  shadeId?: string
  /** The store's own onEvent, still called first. */
  onEvent?: (event: TrackInput) => void
  /** The store's own viewer ref, still filled. */
  viewerRef?: Ref<ProductViewerHandle>
  /** The try-on's store: its intensity is shared from there. */
  tryOn?: TryOnStore
  /** How the surface changes variant and shade (the same callbacks its swatches use). */
  selectVariant(id: string): void
  selectShade(id: string): void
}

export interface CoviewShopperBinding {
  /** Put on the surface's root element: a key press or drag inside it reads the camera at once. */
  rootRef: (el: HTMLElement | null) => void
  /** Put on the ProductViewer. */
  viewerRef: (handle: ProductViewerHandle | null) => void
  /** Pass to the viewer, AR and try-on instead of the store's onEvent. */
  onEvent: (event: TrackInput) => void
}

const noopSubscribe = () => () => {}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value)
  else if (ref) (ref as { current: T | null }).current = value
}

/** The adapter between a product surface and `createCoview()`. */
export function useCoviewShopper(input: CoviewShopperInput): CoviewShopperBinding {
  const { coview, product, variantId, shadeId } = input
  const latest = useLatest(input)
  const viewer = useRef<ProductViewerHandle | null>(null)
  const root = useRef<HTMLElement | null>(null)
  const phase = useSyncExternalStore(
    coview?.subscribe ?? noopSubscribe,
    () => coview?.getState().phase ?? 'off',
    () => 'off',
  )

  const viewerRef = useCallback(
    (handle: ProductViewerHandle | null) => {
      viewer.current = handle
      assignRef(latest.current.viewerRef, handle)
    },
    [latest],
  )
  const rootRef = useCallback((el: HTMLElement | null) => {
    root.current = el
  }, [])

  const onEvent = useCallback(
    (event: TrackInput) => {
      latest.current.onEvent?.(event)
      shareSurfaceEvent(latest.current.coview, event)
    },
    [latest],
  )

  // Product, variant and shade come from the surface's own state.
  useEffect(() => {
    if (!coview || !product) return
    const { tryon } = coview.getState().shared
    coview.update({ productId: product.id, variant: variantId ?? null, tryon: { ...tryon, shade: shadeId ?? null } })
  }, [coview, product, variantId, shadeId])

  // The try-on's intensity, from its store (the shade comes with shade_selected and the surface's own state).
  const { tryOn } = input
  useEffect(() => (coview && tryOn ? followTryOnStore(coview, tryOn) : undefined), [coview, tryOn])

  // While sharing: the camera and the open hotspot, read from the viewer each frame (cheap: a few angles and
  // an id from its store); the camera is sent at most 15 times a second.
  useEffect(() => {
    if (!coview || phase !== 'sharing') return
    const read = () => readViewer(coview, viewer.current)
    let frame = 0
    const tick = () => {
      read()
      frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    // A key press or a drag moves the camera at once: read it right after the viewer's own handlers
    // rather than at the next frame, which on a busy phone comes only after the 3D view has re-rendered.
    let soon: ReturnType<typeof setTimeout> | undefined
    const onMove = () => {
      if (soon === undefined)
        soon = setTimeout(() => {
          soon = undefined
          read()
        }, 0)
    }
    const el = root.current
    const moves = ['keydown', 'pointermove', 'pointerup', 'wheel'] as const
    for (const type of moves) el?.addEventListener(type, onMove, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(soon)
      for (const type of moves) el?.removeEventListener(type, onMove)
    }
  }, [coview, phase])

  // An accepted suggestion goes through the same paths as the shopper's own taps.
  useEffect(() => {
    if (!coview) return
    coview.setApplier((suggestion) => {
      const { selectVariant, selectShade, product: p } = latest.current
      if (suggestion.kind === 'variant') selectVariant(suggestion.value)
      else if (suggestion.kind === 'shade') selectShade(suggestion.value)
      else if (suggestion.kind === 'angle') {
        const v = suggestion.value
        viewer.current?.orbit({ azimuthDeg: v.azimuth, elevationDeg: v.elevation, zoom: v.zoom })
      } else {
        const hotspot = p?.hotspots.find((h) => h.id === suggestion.value)
        const now = viewer.current?.orbit()
        if (!hotspot || !now) return
        const facing = orbitFacing(hotspot.normal)
        viewer.current?.orbit({ azimuthDeg: facing.azimuth, elevationDeg: facing.elevation, zoom: now.zoom })
        // Open its card once the overlays have re-projected for the new angle.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const id = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(hotspot.id) : hotspot.id
            const button = root.current?.querySelector<HTMLButtonElement>(`.vitrine-hotspot[data-hotspot-id="${id}"]`)
            if (button && button.getAttribute('aria-expanded') !== 'true') button.click()
          }),
        )
      }
    })
    return () => coview.setApplier(null)
  }, [coview, latest])

  return { rootRef, viewerRef, onEvent }
}
