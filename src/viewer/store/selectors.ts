import type { ViewerStoreState } from './createViewerStore'
import type { ViewerPhase } from './viewerState'

/**
 * The phase the shopper sees, reflected as `data-vitrine-state`. Waiting for a
 * context slot looks, to the shopper, like a poster with "View in 3D": idle.
 */
export function shownPhase(s: ViewerStoreState): ViewerPhase {
  return s.slot === 'waiting' && s.phase === 'loading' ? 'idle' : s.phase
}

/** The view needs a WebGL context now (loading, live, or being restored after a loss). */
export function wantsContext(s: ViewerStoreState, hasModel: boolean): boolean {
  return hasModel && (s.phase === 'loading' || s.phase === 'ready' || s.error?.code === 'webgl-context-lost')
}

/** The 3D canvas is mounted: a slot is held and no failure other than a lost context took it down. */
export function showsCanvas(s: ViewerStoreState, hasModel: boolean, hasStage: boolean): boolean {
  if (s.slot !== 'held' || !hasModel || s.phase === 'idle') return false
  return !(s.phase === 'error' && s.error?.code !== 'webgl-context-lost' && !hasStage)
}

/** Announce loading in 20% steps, not every chunk. */
export function progressStep(s: ViewerStoreState): number | undefined {
  return s.progress === undefined ? undefined : Math.floor(s.progress * 5) * 20
}
