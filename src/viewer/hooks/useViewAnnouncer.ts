import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { describeView } from '../describeView'
import type { ViewerStore } from '../store/createViewerStore'
import type { StageApi } from '../stage/stageApi'
import type { ViewerStrings } from '../../ui/strings'

/**
 * On camera moves: re-projects overlays once per frame and, 0.7 s after the
 * view settles, tells screen readers where the camera is ("front-left, above").
 */
export function useViewAnnouncer(
  store: ViewerStore,
  stage: RefObject<StageApi | null>,
  strings: ViewerStrings,
): () => void {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const frame = useRef(0)
  const onViewChange = useCallback(() => {
    if (!frame.current) {
      frame.current = requestAnimationFrame(() => {
        frame.current = 0
        store.set({ viewVersion: store.getState().viewVersion + 1 })
      })
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const view = stage.current?.view()
      if (view) store.set({ announcement: strings.viewing(describeView(view.azimuthDeg, view.elevationDeg)) })
    }, 700)
  }, [store, stage, strings])
  useEffect(
    () => () => {
      clearTimeout(timer.current)
      cancelAnimationFrame(frame.current)
    },
    [],
  )
  return onViewChange
}
