import { useEffect } from 'react'
import { downloadModel } from '../../model'
import type { ViewerStore } from '../store/createViewerStore'

/** The model downloads in parallel with the 3D engine's code, with real byte progress into the store. */
export function useDownloadProgress(
  store: ViewerStore,
  loading: boolean,
  attempt: number,
  src: string | undefined,
): void {
  useEffect(() => {
    if (!loading || !src) return
    let current = true
    downloadModel(src, (loaded, total) => {
      if (current) store.dispatch({ type: 'progress', loaded, total })
    }).catch(() => {
      // The 3D view reports the failure with its typed error; nothing to do here.
    })
    return () => {
      current = false
    }
  }, [store, loading, attempt, src])
}
