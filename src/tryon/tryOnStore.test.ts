import { describe, expect, it, vi } from 'vitest'
import { createTryOnStore, isTracking, showsPicture, vitrineStateOf } from './tryOnStore'

describe('createTryOnStore', () => {
  it('starts idle with the given fields and notifies subscribers with the new and previous state', () => {
    const store = createTryOnStore({ shadeId: 'rose-04' })
    expect(store.getState()).toMatchObject({
      status: 'idle',
      mode: null,
      shadeId: 'rose-04',
      tried: [],
      toneSuggestions: true,
    })
    const seen: [string, string][] = []
    const off = store.subscribe((s, p) => seen.push([p.status, s.status]))
    store.setState({ status: 'starting', mode: 'live' })
    store.setState((s) => ({ status: s.status === 'starting' ? 'tracking' : 'error' }))
    off()
    store.setState({ status: 'idle' })
    expect(seen).toEqual([
      ['idle', 'starting'],
      ['starting', 'tracking'],
    ])
  })

  it('keeps the same state object and notifies no one when nothing changed (useSyncExternalStore needs that)', () => {
    const store = createTryOnStore()
    const before = store.getState()
    const listener = vi.fn()
    store.subscribe(listener)
    store.setState({ status: 'idle', imageSize: before.imageSize })
    expect(listener).not.toHaveBeenCalled()
    expect(store.getState()).toBe(before)
  })

  it('keeps the data-tryon-status vocabulary', () => {
    const store = createTryOnStore()
    for (const s of ['idle', 'starting', 'tracking', 'no-face', 'denied', 'error'] as const) {
      store.setState({ status: s })
      expect(store.getState().status).toBe(s)
    }
  })
})

describe('try-on selectors', () => {
  it('maps the try-on status onto the shared data-vitrine-state', () => {
    const states = (['idle', 'starting', 'tracking', 'no-face', 'denied', 'error'] as const).map(vitrineStateOf)
    expect(states).toEqual(['idle', 'loading', 'ready', 'ready', 'ready', 'error'])
  })

  it('shapes the stage to the picture only while one is on it', () => {
    expect(showsPicture({ status: 'starting', previewing: false })).toBe(false)
    expect(showsPicture({ status: 'starting', previewing: true })).toBe(true)
    expect(showsPicture({ status: 'no-face', previewing: false })).toBe(true)
    expect(showsPicture({ status: 'denied', previewing: false })).toBe(false)
    expect(isTracking('tracking') && isTracking('no-face') && !isTracking('idle')).toBe(true)
  })

  it('holds the intensity the slider sets, for other surfaces to read', () => {
    const store = createTryOnStore()
    expect(store.getState().intensity).toBe(1)
    store.setState({ intensity: 0.4 })
    expect(store.getState().intensity).toBe(0.4)
  })
})
