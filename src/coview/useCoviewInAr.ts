// Binds "View in your room" to the shopper's co-view: the AR events (searching,
// placed on floor or wall, distance) become the shared AR status, and while a
// WebXR session covers the page, a suggested colour is applied in the session
// itself (the same path as the in-AR swatches), only on the shopper's tap.
import { useCallback, useEffect, useRef } from 'react'
import type { TrackInput } from '../events/types'
import type { Coview } from './shopperStore'
import { shareSurfaceEvent } from './surfaceEvents'

/** What `<RoomPlacement coview>` needs from its co-view. */
export interface CoviewInAr {
  /** Pass to the AR surface instead of its own onEvent: it still calls `onEvent` first. */
  onEvent: (event: TrackInput) => void
}

/** The adapter between RoomPlacement and `createCoview()`; without a `coview` it passes events through. */
export function useCoviewInAr(
  coview: Coview | undefined,
  productId: string,
  variantId: string | undefined,
  onEvent: ((event: TrackInput) => void) | undefined,
): CoviewInAr {
  const latest = useRef({ coview, onEvent })
  latest.current = { coview, onEvent }
  // The product and the variant shown, from the surface's own state (a page's preview shares the same).
  useEffect(() => {
    coview?.update({ productId, variant: variantId ?? null })
  }, [coview, productId, variantId])
  const handle = useCallback((event: TrackInput) => {
    latest.current.onEvent?.(event)
    shareSurfaceEvent(latest.current.coview, event)
  }, [])
  return { onEvent: handle }
}

/**
 * While a WebXR session runs: a suggested colour the shopper accepts is applied in the session
 * through `chooseVariant` (the in-AR swatch path); other kinds go to the page's applier.
 */
export function useCoviewSessionApplier(coview: Coview | undefined, chooseVariant: (id: string) => void): void {
  const choose = useRef(chooseVariant)
  choose.current = chooseVariant
  useEffect(() => {
    if (!coview) return
    return coview.applyFirst((suggestion) => {
      if (suggestion.kind !== 'variant') return false
      choose.current(suggestion.value)
      return true
    })
  }, [coview])
}
