// What a `ref` on <LipTryOn> gives: built from the session, so the component only binds it.

import type { LipContours } from './lipGeometry'
import type { TryOnStats } from './tryOnStats'
import type { TryOnSession } from './tryOnSession'
import type { TryOnMode, TryOnState, TryOnStatus, TryOnStore } from './tryOnStore'

/** What a `ref` on `<LipTryOn>` can do. */
export interface LipTryOnHandle {
  /** A PNG of exactly what the shopper sees (shade, compare split and all). */
  snapshot(): Promise<Blob>
  /** Stops the camera (every track ends) without unmounting. */
  stop(): void
  /** Current state and the lip contours drawn last, for tests and tooling. Stays in memory, never sent. */
  inspect(): {
    status: TryOnStatus
    mode: TryOnMode | null
    lips: LipContours | null
    width: number
    height: number
    frameLatencies: number[]
    firstFaceMs: number | null
    firstPreviewMs: number | null
    stages: TryOnStats['stages']
    filesFromCache: number
    state: TryOnState
  }
}

/** The handle of a mounted try-on: every call goes to the session's controller of the moment. */
export function createTryOnHandle(session: TryOnSession, store: TryOnStore): LipTryOnHandle {
  return {
    snapshot: () => session.controller?.snapshot() ?? Promise.reject(new Error('try-on is not mounted')),
    stop: () => session.stop(),
    inspect: () => {
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
    },
  }
}
