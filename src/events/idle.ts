type IdleWindow = {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number
  cancelIdleCallback?: (handle: number) => void
}

/**
 * Run `fn` when the main thread is idle, at the latest after `timeoutMs`, so
 * tracking never competes with a frame. Falls back to a timer where
 * requestIdleCallback is missing (Safari, Node).
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): () => void {
  const w = globalThis as IdleWindow
  if (typeof w.requestIdleCallback === 'function' && typeof w.cancelIdleCallback === 'function') {
    const handle = w.requestIdleCallback(fn, { timeout: timeoutMs })
    return () => w.cancelIdleCallback!(handle)
  }
  const handle = setTimeout(fn, 1)
  return () => clearTimeout(handle)
}
