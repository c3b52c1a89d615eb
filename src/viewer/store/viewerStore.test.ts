import { describe, expect, it, vi } from 'vitest'
import { ViewerError } from '../../model'
import { createViewerStore } from './createViewerStore'
import { progressStep, showsCanvas, shownPhase, wantsContext } from './selectors'

describe('viewer store', () => {
  it('runs the load machine: idle -> loading -> progress -> ready, notifying subscribers once per change', () => {
    const store = createViewerStore()
    const listener = vi.fn()
    const stop = store.subscribe(listener)
    expect(store.getState().phase).toBe('idle')
    store.dispatch({ type: 'start' })
    store.dispatch({ type: 'start' }) // no change, no notification
    store.dispatch({ type: 'progress', loaded: 50, total: 200 })
    expect(store.getState()).toMatchObject({ phase: 'loading', downloading: true, progress: 0.25 })
    expect(progressStep(store.getState())).toBe(20)
    store.dispatch({ type: 'ready' })
    expect(store.getState().phase).toBe('ready')
    expect(listener).toHaveBeenCalledTimes(3)
    stop()
    store.dispatch({ type: 'retry' })
    expect(listener).toHaveBeenCalledTimes(3)
  })

  it('keeps the extra pieces (slot, prompt, announcement) beside the machine, and the machine keeps them', () => {
    const store = createViewerStore()
    store.set({ slot: 'held', announcement: 'Loading' })
    store.dispatch({ type: 'start' })
    expect(store.getState()).toMatchObject({ slot: 'held', announcement: 'Loading', phase: 'loading' })
    const before = store.getState()
    store.set({ slot: 'held' })
    expect(store.getState()).toBe(before) // same values: same state object (useSyncExternalStore needs this)
  })

  it('shows a waiting card as idle (poster + "View in 3D"), and the canvas only with a held slot', () => {
    const store = createViewerStore()
    store.dispatch({ type: 'start' })
    store.set({ slot: 'waiting' })
    expect(shownPhase(store.getState())).toBe('idle')
    expect(wantsContext(store.getState(), true)).toBe(true)
    expect(showsCanvas(store.getState(), true, false)).toBe(false)
    store.set({ slot: 'held' })
    expect(shownPhase(store.getState())).toBe('loading')
    expect(showsCanvas(store.getState(), true, false)).toBe(true)
  })

  it('keeps the canvas through a lost context (to restore it) but not through a failed load', () => {
    const store = createViewerStore()
    store.set({ slot: 'held' })
    store.dispatch({ type: 'start' })
    store.dispatch({ type: 'fail', error: new ViewerError('webgl-context-lost', 'lost') })
    expect(showsCanvas(store.getState(), true, false)).toBe(true)
    expect(wantsContext(store.getState(), true)).toBe(true)
    store.dispatch({ type: 'retry' })
    expect(store.getState().error).toBeUndefined() // a retry clears the failure
    store.dispatch({ type: 'fail', error: new ViewerError('corrupt', 'bad') })
    expect(showsCanvas(store.getState(), true, false)).toBe(false)
    expect(wantsContext(store.getState(), true)).toBe(false)
  })
})
