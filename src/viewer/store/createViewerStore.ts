import { initialViewerState, viewerReducer, type ViewerAction, type ViewerState } from './viewerState'

/** How the 3D view holds its WebGL context: not yet, waiting for the page's budget, or live. */
export type SlotState = 'none' | 'waiting' | 'held'

/** Everything one viewer knows, outside React. Every field is read through a selector. */
export interface ViewerStoreState extends ViewerState {
  /** The context slot: `waiting` looks like the poster with "View in 3D" to the shopper. */
  slot: SlotState
  /** Whether the view draws through the page's shared renderer or its own context. */
  mode: 'shared' | 'own'
  /** The shopper asked for 3D (loading="interaction", or a tap on a waiting card). */
  tapped: boolean
  /** The "drag to turn" hint is up: until the first interaction. */
  prompted: boolean
  /** What the screen reader's live region says now. */
  announcement: string
  /** The last frame of a view that gave its context away, shown as its poster (object URL). */
  frozenPoster?: string
  /** A texture failed to decode: the shopper is told the colours may be off. */
  texturesFailed: boolean
  /** Bumped when the camera moved (overlays re-project). */
  viewVersion: number
  /** The hotspot whose card is open, or null (a shared view reads it from here). */
  openHotspot: string | null
}

/** A plain store like zustand's vanilla one: `getState`, `subscribe`, and named updates. */
export interface ViewerStore {
  getState(): ViewerStoreState
  subscribe(listener: () => void): () => void
  /** The load state machine (start, progress, ready, fail, retry, suspend). */
  dispatch(action: ViewerAction): void
  set(patch: Partial<Omit<ViewerStoreState, keyof ViewerState>>): void
}

export const initialViewerStoreState: ViewerStoreState = {
  ...initialViewerState,
  slot: 'none',
  mode: 'own',
  tapped: false,
  prompted: true,
  announcement: '',
  texturesFailed: false,
  viewVersion: 0,
  openHotspot: null,
}

/** Creates one viewer's store. Framework-free: the React viewer, the custom element and tests bind the same one. */
export function createViewerStore(initial: ViewerStoreState = initialViewerStoreState): ViewerStore {
  let state = initial
  const listeners = new Set<() => void>()
  const publish = (next: ViewerStoreState) => {
    if (next === state) return
    state = next
    for (const listener of [...listeners]) listener()
  }
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    dispatch(action) {
      const machine = viewerReducer(state, action)
      // The machine's result replaces its fields whole: a retry's state has no `error`, so none is kept.
      if (machine !== state) publish({ ...state, error: undefined, ...machine })
    },
    set(patch) {
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).some((k) => patch[k] !== state[k])
      if (changed) publish({ ...state, ...patch })
    },
  }
}
