// Fetching the face model before the shopper taps, on a lipstick product page,
// only where that cannot cost them: the connection is not metered and Save-Data
// is off. Light to import: the worker and engine code load only when it runs.

import { mayPrefetch, type ConnectionHints } from './modelDownload'
import { currentTuning } from './tuning'

/**
 * Puts the try-on's model files in the cache ahead of time when the browser
 * says the connection is unmetered and Save-Data is off; does nothing
 * otherwise (and where the browser does not say, e.g. Safari). Resolves true
 * when it fetched. Never throws: a failed prefetch only means a normal start.
 */
export async function prefetchTryOn(opts: { assetBase?: string; signal?: AbortSignal } = {}): Promise<boolean> {
  const connection = (globalThis.navigator as { connection?: ConnectionHints } | undefined)?.connection
  if (!mayPrefetch(connection)) return false
  try {
    const { prefetchFaceModel } = await import('./landmarker')
    await prefetchFaceModel(opts)
    return true
  } catch {
    return false
  }
}

/**
 * On a lipstick page: prefetches the model once the browser is idle (see prefetchTryOn), unless the benchmark's
 * tuning turned prefetching off. Returns the cancel function (stops the idle callback and any download).
 */
export function prefetchWhenIdle(assetBase?: string): () => void {
  if (!currentTuning().prefetch) return () => {}
  const abort = new AbortController()
  const idle = (globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500))) as (
    cb: () => void,
  ) => number
  const id = idle(() => {
    void prefetchTryOn({ assetBase, signal: abort.signal })
  })
  return () => {
    abort.abort()
    ;(globalThis.cancelIdleCallback ?? clearTimeout)(id)
  }
}
