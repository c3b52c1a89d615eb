export type ExitKind = 'hidden' | 'pagehide'

/**
 * Calls `onExit` when the page is hidden or left: `visibilitychange` to
 * hidden (the last reliable signal on mobile) and `pagehide` (bfcache-safe),
 * never `unload`. Both usually fire on a real exit; callers make the second
 * call cheap rather than skip it, because only `pagehide` means the document
 * is going away.
 */
export function watchPageExit(onExit: (kind: ExitKind) => void): () => void {
  const doc = (globalThis as { document?: Document }).document
  const win = (globalThis as { window?: Window }).window
  if (!doc || !win?.addEventListener) return () => {}
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') onExit('hidden')
  }
  const onPageHide = () => onExit('pagehide')
  doc.addEventListener('visibilitychange', onVisibility)
  win.addEventListener('pagehide', onPageHide)
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility)
    win.removeEventListener('pagehide', onPageHide)
  }
}
