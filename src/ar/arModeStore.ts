import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ArFailureReason, ArMode, ArStatus } from './types'

/** What the "View in your room" button is doing. */
export type ArPhase = 'idle' | 'preparing' | 'native' | 'webxr' | 'qr'

/** The mode chain (WebXR → Scene Viewer → Quick Look → QR) and where the shopper is in it. */
export interface ArModeState {
  /** Modes this device offers, best first; `null` while detecting. */
  modes: ArMode[] | null
  /** Index of the mode the button offers now; past the end when every mode failed. */
  index: number
  phase: ArPhase
  status: ArStatus
  /** The last failure, shown to the shopper until the next tap. */
  failure?: { reason: ArFailureReason; mode: ArMode; next?: ArMode }
  /** Whether the product was placed in this session (reported on exit). */
  placed: boolean
}

/** Side effects the store asks for; React (or any binding) provides them. */
export interface ArModeEffects {
  /** Opens a native viewer; resolves when it is open, rejects when it cannot be. */
  launchNative(mode: 'scene-viewer' | 'quick-look'): Promise<void>
  onTapped(mode: ArMode): void
  onFailed(mode: ArMode, reason: ArFailureReason, detail: string): void
  onExit(mode: ArMode, placed: boolean): void
}

export interface ArModeStore extends Pick<StoreApi<ArModeState>, 'getState' | 'subscribe'> {
  /** Detection finished: these modes are usable (empty: AR is unavailable). */
  detected(modes: ArMode[]): void
  /** Detection starts again (a new product or environment). */
  reset(): void
  /** The shopper tapped the button: start the offered mode. */
  tap(): void
  /** The running mode failed: move to the next one (a QR hand-off needs no gesture, so it opens at once). */
  fail(mode: ArMode, reason: ArFailureReason, detail: string): void
  /** The running mode reports its presentation status (WebXR). */
  presenting(status: ArStatus): void
  /** The shopper is back on the page. */
  exit(mode: ArMode): void
}

/** The mode the button offers, if any. */
export const offeredMode = (s: ArModeState): ArMode | undefined => s.modes?.[s.index]

/** `data-vitrine-state` of the root: loading while detecting, error when every mode failed. */
export const rootState = (s: ArModeState): 'loading' | 'ready' | 'error' =>
  s.modes === null ? 'loading' : s.status === 'failed' && !offeredMode(s) ? 'error' : 'ready'

const initial = (): ArModeState => ({ modes: null, index: 0, phase: 'idle', status: 'not-presenting', placed: false })

/**
 * The AR mode chain as a plain store (no React): which mode is offered, what
 * runs, what failed and what comes next. `<RoomPlacement>` selects from it.
 */
export function createArModeStore(effects: ArModeEffects): ArModeStore {
  const store = createStore<ArModeState>()(initial)
  const { getState, setState } = store

  const fail = (mode: ArMode, reason: ArFailureReason, detail: string) => {
    const { modes } = getState()
    const next = modes ? modes[modes.indexOf(mode) + 1] : undefined
    setState((s) => ({
      index: s.index + 1,
      status: 'failed',
      failure: { reason, mode, next },
      phase: next === 'qr' ? 'qr' : 'idle',
    }))
    effects.onFailed(mode, reason, detail)
  }

  return {
    getState,
    subscribe: store.subscribe,
    detected: (modes) => setState({ modes, index: 0 }),
    reset: () => setState({ modes: null, index: 0 }),
    tap() {
      const mode = offeredMode(getState())
      if (!mode || getState().phase === 'preparing') return
      effects.onTapped(mode)
      setState({ failure: undefined, placed: false })
      if (mode === 'webxr' || mode === 'qr') {
        setState({ phase: mode })
        return
      }
      setState({ phase: mode === 'quick-look' ? 'preparing' : 'native' })
      effects.launchNative(mode).then(
        () => setState({ phase: 'native' }),
        (err: unknown) =>
          fail(
            mode,
            mode === 'quick-look' ? 'usdz-failed' : 'scene-viewer-unavailable',
            String((err as Error)?.message ?? err),
          ),
      )
    },
    fail,
    presenting: (status) => setState((s) => ({ status, placed: s.placed || status === 'placed' })),
    exit(mode) {
      const { placed } = getState()
      setState((s) => ({ phase: 'idle', status: s.status === 'failed' ? s.status : 'not-presenting' }))
      effects.onExit(mode, placed)
    },
  }
}
