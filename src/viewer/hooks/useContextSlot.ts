import { useEffect, useRef, type RefObject } from 'react'
import { getContextBudget, type ContextSlot } from '../contextBudget'
import { resolveContextMode, type ContextMode } from '../shared/contextMode'
import type { ViewerStore } from '../store/createViewerStore'
import type { StageApi } from '../stage/stageApi'
import { useLatest } from '../../react/useLatest'

/**
 * Gets the 3D view a WebGL context while it wants one: through the page's
 * shared renderer (nothing to wait for), or a slot of the page's context
 * budget. An evicted view keeps its last frame as its poster and steps back.
 * Returns the slot (touched on interaction) and `askedByShopper`, set before a
 * tap so the next request takes priority.
 */
export function useContextSlot(
  store: ViewerStore,
  wants: boolean,
  attempt: number,
  requested: ContextMode,
  stage: RefObject<StageApi | null>,
  onEvicted: () => void,
) {
  const slot = useRef<ContextSlot | null>(null)
  const askedByShopper = useRef(false)
  const evicted = useLatest(onEvicted)
  useEffect(() => {
    if (!wants) return
    const mode = resolveContextMode(requested)
    store.set({ mode })
    if (mode === 'shared') {
      store.set({ slot: 'held' })
      return () => store.set({ slot: 'none' })
    }
    let granted = false
    const priority = askedByShopper.current ? 'user' : 'auto'
    askedByShopper.current = false
    const cancel = getContextBudget().request(
      priority,
      (s) => {
        granted = true
        slot.current = s
        store.set({ slot: 'held' })
      },
      () => {
        // Another viewer took our slot: keep the current frame as the poster and step back.
        stage.current?.snapshot({ type: 'image/webp', quality: 0.85 }).then(
          (blob) => store.set({ frozenPoster: URL.createObjectURL(blob) }),
          () => {},
        )
        slot.current = null
        evicted.current()
        store.set({ slot: 'none' })
        store.dispatch({ type: 'suspend' })
      },
    )
    if (!granted) store.set({ slot: 'waiting' })
    return () => {
      cancel()
      slot.current = null
    }
    // The mode is chosen when the view starts, not followed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wants, attempt, store])
  return { slot, askedByShopper }
}
