// What a `ref` on <LipTryOn> gives: built from the session, so the component only binds it.

import { registerTryOnProbe } from './tryOnProbe'
import type { TryOnSession } from './tryOnSession'
import type { TryOnStore } from './tryOnStore'

/** What a `ref` on `<LipTryOn>` can do. */
export interface LipTryOnHandle {
  /** A PNG of exactly what the shopper sees (shade, compare split and all). */
  snapshot(): Promise<Blob>
  /** Stops the camera (every track ends) without unmounting. */
  stop(): void
}

/** The handle of a mounted try-on: every call goes to the session's controller of the moment. */
export function createTryOnHandle(session: TryOnSession, store: TryOnStore): LipTryOnHandle {
  const handle: LipTryOnHandle = {
    snapshot: () => session.controller?.snapshot() ?? Promise.reject(new Error('try-on is not mounted')),
    stop: () => session.stop(),
  }
  // State, contours and timings stay reachable for tests (vitrine/testing's tryOnInspect), not on the type.
  registerTryOnProbe(handle, () => {
    const c = session.controller
    return {
      status: c?.status ?? 'idle',
      mode: c?.mode ?? null,
      lips: c?.lips ?? null,
      width: c?.renderer.width ?? 0,
      height: c?.renderer.height ?? 0,
      frameLatencies: [...(c?.stats.frameLatencies ?? [])],
      firstFaceMs: c?.stats.firstFaceMs ?? null,
      firstPreviewMs: c?.stats.firstPreviewMs ?? null,
      stages: [...(c?.stats.stages ?? [])],
      filesFromCache: c?.stats.filesFromCache ?? 0,
      state: store.getState(),
    }
  })
  return handle
}
