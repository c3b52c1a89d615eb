import { useCallback, useRef } from 'react'
import type { EventProps, Surface, TrackInput } from '../events/types'
import { useVitrine } from './VitrineProvider'

export type Emit = (name: string, props?: EventProps, ids?: { variantId?: string; shadeId?: string }) => void

/**
 * One way out for a component's events: to its own `onEvent` prop and to the
 * provider's tracker. A throwing handler never breaks the component.
 */
export function useEmit(productId: string, surface: Surface, onEvent?: (event: TrackInput) => void): Emit {
  const { tracker } = useVitrine()
  const latest = useRef({ productId, surface, onEvent, tracker })
  latest.current = { productId, surface, onEvent, tracker }
  return useCallback<Emit>((name, props, ids) => {
    const { productId, surface, onEvent, tracker } = latest.current
    const input: TrackInput = { name, productId, surface, ...ids, props }
    try { onEvent?.(input) } catch (err) { console.error('[vitrine] onEvent handler threw', err) }
    try { tracker?.track(input) } catch (err) { console.error('[vitrine] tracker.track threw', err) }
  }, [])
}
