/**
 * How a viewer gets its WebGL context. `own`: its own canvas and context (R3F
 * root), limited by the page's context budget. `shared`: the page's one shared
 * renderer draws it. `auto` (default): shared when more than one viewer is on
 * the page (a listing), own for a single product viewer.
 */
export type ContextMode = 'auto' | 'shared' | 'own'

let viewersMounted = 0
let sharedUnavailable = false

/** Counts a mounted viewer; returns its unregister function. */
export function registerViewer(): () => void {
  viewersMounted++
  let done = false
  return () => {
    if (!done) {
      done = true
      viewersMounted--
    }
  }
}

/** The shared renderer could not start here: every later viewer uses its own context and the budget. */
export function markSharedUnavailable(): void {
  sharedUnavailable = true
}

/** The mode a viewer asking for a context now should use. */
export function resolveContextMode(requested: ContextMode): 'shared' | 'own' {
  if (requested === 'own' || sharedUnavailable) return 'own'
  if (requested === 'shared') return 'shared'
  return viewersMounted > 1 ? 'shared' : 'own'
}
