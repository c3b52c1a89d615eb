import { describe, expect, it, vi } from 'vitest'
import { createTryOnStore } from './tryOnStore'

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
