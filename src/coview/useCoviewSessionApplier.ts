// While a WebXR session covers the page, a colour the agent suggests is
// applied in the session itself (the same path as the in-AR swatches), only on
// the shopper's tap; other kinds go to the page's applier.
import { useEffect } from 'react'
import type { Coview } from './shopperStore'
import { useLatest } from '../react/useLatest'

/** Registers the session's way to apply a suggested colour for as long as the calling component is mounted. */
export function useCoviewSessionApplier(coview: Coview, chooseVariant: (id: string) => void): void {
  const choose = useLatest(chooseVariant)
  useEffect(
    () =>
      coview.applyFirst((suggestion) => {
        if (suggestion.kind !== 'variant') return false
        choose.current(suggestion.value)
        return true
      }),
    [choose, coview],
  )
}
