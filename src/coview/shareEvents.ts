// The analytics of one share: coview_started, coview_suggestion,
// coview_accepted and coview_ended, with the counts and times they carry, so
// a store sees whether a shared view leads to a cart.
import type { TrackerLike } from '../events/types'
import type { EventPropsMap } from '../events/catalog'
import type { CoviewState } from './state'
import type { SuggestionKind } from './protocol'

/** The events of one share, in the order they happen. */
export interface ShareEvents {
  started(via: 'button' | 'chat'): void
  suggested(kind: SuggestionKind): void
  accepted(kind: SuggestionKind): void
  ended(reason: 'stopped' | 'left' | 'closed' | 'error'): void
}

/** Counts one share's suggestions and answers and reports them; analytics never blocks the share. */
export function createShareEvents(
  tracker: TrackerLike | undefined,
  shared: () => CoviewState,
  now: () => number,
): ShareEvents {
  let startedAt = now()
  let suggestions = 0
  let accepted = 0
  let suggestedAt = 0
  type ShareEvent = 'coview_started' | 'coview_suggestion' | 'coview_accepted' | 'coview_ended'
  const track = <N extends ShareEvent>(name: N, props: EventPropsMap[N]) => {
    const s = shared()
    try {
      tracker?.track({
        name,
        productId: s.productId ?? 'unknown',
        surface: s.surface,
        variantId: s.variant ?? undefined,
        shadeId: s.tryon.shade ?? undefined,
        props,
      })
    } catch {
      /* analytics never blocks the share */
    }
  }
  return {
    started(via) {
      startedAt = now()
      track('coview_started', { via })
    },
    suggested(kind) {
      suggestions++
      suggestedAt = now()
      track('coview_suggestion', { kind })
    },
    accepted(kind) {
      accepted++
      track('coview_accepted', { kind, wait_ms: Math.max(0, now() - suggestedAt) })
    },
    ended(reason) {
      track('coview_ended', { reason, dwell_ms: Math.max(0, now() - startedAt), suggestions, accepted })
    },
  }
}
