// Try-on state as a small framework-free store (subscribe / getState, like
// zustand's vanilla store): the controller writes it, the React component
// selects from it with useSyncExternalStore and only renders.

import type { CameraProblem } from './camera'
import type { Rgb } from './tones'

/** Mirrors `data-tryon-status` on the root: what the try-on is doing now. */
export type TryOnStatus = 'idle' | 'starting' | 'tracking' | 'no-face' | 'denied' | 'error'
/** Whether the try-on runs on the live camera or on a photo. */
export type TryOnMode = 'live' | 'photo'

/** Everything the try-on shows. Tones stay in memory on the page: never in an event, never sent. */
export interface TryOnState {
  status: TryOnStatus
  mode: TryOnMode | null
  problem?: CameraProblem
  message?: string
  /** Size of the picture on screen (camera frame or photo), for the stage's shape. */
  imageSize: { w: number; h: number }
  /** Model download while starting, in bytes; null when nothing is being downloaded. */
  progress: { loaded: number; total: number } | null
  /** The camera image is on screen (while the model still loads, or tracking). */
  previewing: boolean
  /** The shopper's own lip and skin colour, averaged over recent frames; null when off or unknown. */
  tones: { lip: Rgb; skin: Rgb } | null
  /** Suggestions from the shopper's own tones (the shopper can turn them off). */
  toneSuggestions: boolean
  /** The shade shown (an id of the product's shades); undefined: the first one. */
  shadeId: string | undefined
  /** Strength of the lipstick, 0..1 (the intensity slider; 1 = as the shade is defined). */
  intensity: number
  /** Before/after divider across the picture, 0..1; 0 = off. */
  split: number
  /** Shade ids tried, in order. */
  tried: string[]
}

export interface TryOnStore {
  getState(): TryOnState
  setState(patch: Partial<TryOnState> | ((s: TryOnState) => Partial<TryOnState>)): void
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: TryOnState, previous: TryOnState) => void): () => void
}

export const initialTryOnState = (patch: Partial<TryOnState> = {}): TryOnState => ({
  status: 'idle',
  mode: null,
  imageSize: { w: 640, h: 480 },
  progress: null,
  previewing: false,
  tones: null,
  toneSuggestions: true,
  shadeId: undefined,
  intensity: 1,
  split: 0,
  tried: [],
  ...patch,
})

/** A store holding `initial`; a change that leaves every field identical notifies no one. */
export function createTryOnStore(initial: Partial<TryOnState> = {}): TryOnStore {
  let state = initialTryOnState(initial)
  const listeners = new Set<(s: TryOnState, p: TryOnState) => void>()
  return {
    getState: () => state,
    setState(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch
      if (Object.entries(next).every(([k, v]) => Object.is(state[k as keyof TryOnState], v))) return
      const previous = state
      state = { ...state, ...next }
      for (const l of listeners) l(state, previous)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/** The root's `data-vitrine-state`, shared by every component, from the try-on's own status. */
export const vitrineStateOf = (s: TryOnStatus): 'idle' | 'loading' | 'error' | 'ready' =>
  s === 'idle' ? 'idle' : s === 'starting' ? 'loading' : s === 'error' ? 'error' : 'ready'

/** Lips are being looked for or drawn on the picture: the compare and snapshot tools apply. */
export const isTracking = (s: TryOnStatus): boolean => s === 'tracking' || s === 'no-face'

/** A picture (camera or photo) is on the stage, so the stage takes its shape. */
export const showsPicture = (s: Pick<TryOnState, 'status' | 'previewing'>): boolean =>
  isTracking(s.status) || (s.status === 'starting' && s.previewing)
