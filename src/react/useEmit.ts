import { useCallback } from 'react'
import type { CatalogueEmit, EventName, EventPropsMap } from '../events/catalog'
import type { EventProps, Surface, TrackInput } from '../events/types'
import { useVitrine } from './VitrineProvider'
import { useLatest } from './useLatest'

/** The variant or shade an event is about. */
export interface EmitIds {
  variantId?: string
  shadeId?: string
}

/**
 * A component's way out for events, typed by the catalogue: the name picks
 * the props (`emit('dimensions_toggled', { shown: true })`), and a property
 * the catalogue does not name is a compile error, not a silent extra field.
 */
export type Emit = <N extends EventName>(
  name: N,
  ...args: Record<never, never> extends EventPropsMap[N]
    ? [props?: EventPropsMap[N], ids?: EmitIds]
    : [props: EventPropsMap[N], ids?: EmitIds]
) => void

/**
 * One way out for a component's events: to its own `onEvent` prop and to the
 * provider's tracker. A throwing handler never breaks the component.
 */
export function useEmit(productId: string, surface: Surface, onEvent?: (event: TrackInput) => void): Emit {
  const { tracker } = useVitrine()
  const latest = useLatest({ productId, surface, onEvent, tracker })
  return useCallback(
    ((name: string, props?: EventProps, ids?: EmitIds) => {
      const { productId, surface, onEvent, tracker } = latest.current
      const input: TrackInput = { name, productId, surface, ...ids, props }
      try {
        onEvent?.(input)
      } catch (err) {
        console.error('[vitrine] onEvent handler threw', err)
      }
      try {
        tracker?.track(input)
      } catch (err) {
        console.error('[vitrine] tracker.track threw', err)
      }
    }) as Emit,
    [latest],
  )
}

/**
 * The same emit with the variant/shade ids filled in at call time, in the
 * framework-free shape (`CatalogueEmit`) that plain stores such as
 * ArLifecycle and TryOnController take.
 */
export function withIds(emit: Emit, ids: () => EmitIds | undefined = () => undefined): CatalogueEmit {
  const loose = emit as unknown as (name: string, props?: EventProps, ids?: EmitIds) => void
  return ((name: string, props?: EventProps) => loose(name, props, ids())) as CatalogueEmit
}
