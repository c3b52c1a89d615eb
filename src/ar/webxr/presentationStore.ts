import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ArLifecycle } from '../lifecycle'
import type { ArAdjustKind, ArStatus, ArSurface } from '../types'

/** What the shopper sees during a WebXR session, apart from the 3D scene. */
export interface PresentationState {
  status: ArStatus
  /** A real surface is under the reticle in this search. */
  surfaceFound: boolean
  /** No surface for a while: show the light-and-texture hint. */
  longSearch: boolean
  tracking: boolean
  /** A short notice after tracking changes; `resumed` clears itself. */
  notice: 'lost' | 'resumed' | null
  /** 1 = true size. */
  scale: number
}

export interface PresentationStore extends Pick<StoreApi<PresentationState>, 'getState' | 'subscribe'> {
  sessionStarted(): void
  sessionEnded(): void
  surfaceFound(): void
  placed(surface: ArSurface, distance: number, position: { x: number; y: number; z: number }): void
  adjusted(kind: ArAdjustKind, scale: number): void
  trackingChanged(tracking: boolean): void
  /** "Re-place": search again from scratch. */
  searchAgain(): void
  dispose(): void
}

export interface PresentationOptions {
  lifecycle: ArLifecycle
  /** Every status change, for the page (`data-ar-status`). */
  onStatus(status: ArStatus): void
  /** Milliseconds without a surface before the hint. */
  hintAfterMs: number
  /** How long "Tracking is back" stays. */
  resumedNoticeMs?: number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

const searching = (): Partial<PresentationState> => ({
  status: 'searching',
  surfaceFound: false,
  longSearch: false,
  scale: 1,
})

/**
 * The WebXR session's presentation as a plain store (no React): status,
 * search hints, tracking notices and scale, with the lifecycle events they
 * imply. The in-AR overlay selects from it.
 */
export function createPresentationStore(opts: PresentationOptions): PresentationStore {
  const { lifecycle } = opts
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))
  const store = createStore<PresentationState>()(() => ({
    status: 'not-presenting',
    surfaceFound: false,
    longSearch: false,
    tracking: true,
    notice: null,
    scale: 1,
  }))
  const { getState, setState } = store
  let hintTimer: unknown
  let noticeTimer: unknown

  const report = (status: ArStatus) => {
    setState({ status })
    opts.onStatus(status)
  }
  const watchSearch = () => {
    clearTimer(hintTimer)
    hintTimer = setTimer(() => {
      if (!getState().surfaceFound) setState({ longSearch: true })
    }, opts.hintAfterMs)
  }

  return {
    getState,
    subscribe: store.subscribe,
    sessionStarted() {
      lifecycle.started('webxr')
      setState(searching())
      report('searching')
      watchSearch()
    },
    sessionEnded() {
      clearTimer(hintTimer)
      lifecycle.ended()
      report('not-presenting')
    },
    surfaceFound() {
      lifecycle.surfaceFoundNow()
      clearTimer(hintTimer)
      setState({ surfaceFound: true, longSearch: false })
    },
    placed(surface, distance, position) {
      lifecycle.placed(surface, distance, position)
      report('placed')
    },
    adjusted(kind, scale) {
      lifecycle.adjusted(kind, kind === 'scale' ? { scale: Math.round(scale * 100) / 100 } : {})
      setState({ scale })
    },
    trackingChanged(tracking) {
      lifecycle.trackingChanged(tracking)
      clearTimer(noticeTimer)
      setState({ tracking, notice: tracking ? 'resumed' : 'lost' })
      if (tracking) noticeTimer = setTimer(() => setState({ notice: null }), opts.resumedNoticeMs ?? 3000)
    },
    searchAgain() {
      lifecycle.searchAgain()
      setState(searching())
      report('searching')
      watchSearch()
    },
    dispose() {
      clearTimer(hintTimer)
      clearTimer(noticeTimer)
    },
  }
}
