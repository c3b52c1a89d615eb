import type { ArLifecycle } from '../lifecycle'
import type { ArMode } from '../types'

/**
 * Scene Viewer and Quick Look tell the page nothing. The page is hidden (or
 * loses focus) while they are in front, so that is when we say AR started,
 * and its return is when we say it ended; both events carry `inferred: true`.
 * Returns a stop function. `onNoLaunch` runs if the page never left within
 * `launchTimeoutMs` (the viewer most likely did not open).
 */
export function watchNativeViewer(
  mode: ArMode,
  lifecycle: ArLifecycle,
  opts: { win?: Window; launchTimeoutMs?: number; onNoLaunch?: () => void; onReturn?: () => void } = {},
): () => void {
  const win = opts.win ?? window
  const doc = win.document
  let left = false
  const leave = () => {
    if (left) return
    left = true
    clearTimeout(timer)
    lifecycle.started(mode, true)
  }
  const back = () => {
    if (!left || doc.visibilityState === 'hidden') return
    lifecycle.ended()
    stop()
    opts.onReturn?.()
  }
  const onVisibility = () => (doc.visibilityState === 'hidden' ? leave() : back())
  const onBlur = () => leave()
  const onFocus = () => back()
  doc.addEventListener('visibilitychange', onVisibility)
  win.addEventListener('blur', onBlur)
  win.addEventListener('focus', onFocus)
  const timer = setTimeout(() => {
    if (!left) {
      stop()
      opts.onNoLaunch?.()
    }
  }, opts.launchTimeoutMs ?? 4000)
  function stop() {
    clearTimeout(timer)
    doc.removeEventListener('visibilitychange', onVisibility)
    win.removeEventListener('blur', onBlur)
    win.removeEventListener('focus', onFocus)
  }
  return stop
}
