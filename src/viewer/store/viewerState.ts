import type { ViewerError } from '../../model'

export type ViewerPhase = 'idle' | 'loading' | 'ready' | 'error'

export interface ViewerState {
  phase: ViewerPhase
  /** Bytes received / total, undefined while unknown. */
  progress: number | undefined
  /** True once the 3D code has arrived and the model download is running. */
  downloading: boolean
  error?: ViewerError
  /** Bumped to remount the 3D view from scratch (retry, lost GPU context). */
  attempt: number
}

export type ViewerAction =
  | { type: 'start' }
  | { type: 'progress'; loaded: number; total: number | undefined }
  | { type: 'ready' }
  | { type: 'fail'; error: ViewerError }
  | { type: 'retry' }
  /** The 3D view gave its GPU context to another viewer: back to the poster. */
  | { type: 'suspend' }

export const initialViewerState: ViewerState = { phase: 'idle', progress: undefined, downloading: false, attempt: 0 }

export function viewerReducer(state: ViewerState, action: ViewerAction): ViewerState {
  switch (action.type) {
    case 'start':
      return state.phase === 'idle' ? { ...state, phase: 'loading' } : state
    case 'progress':
      if (state.phase !== 'loading') return state
      return {
        ...state,
        downloading: true,
        progress: action.total ? Math.min(1, action.loaded / action.total) : undefined,
      }
    case 'ready':
      return { ...state, phase: 'ready', progress: 1, error: undefined }
    case 'fail':
      return { ...state, phase: 'error', error: action.error }
    case 'retry':
      return { phase: 'loading', progress: undefined, downloading: false, attempt: state.attempt + 1 }
    case 'suspend':
      return { phase: 'idle', progress: undefined, downloading: false, attempt: state.attempt + 1 }
  }
}
