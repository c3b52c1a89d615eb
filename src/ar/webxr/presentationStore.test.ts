import { describe, expect, it } from 'vitest'
import { ArLifecycle } from '../lifecycle'
import { createPresentationStore } from './presentationStore'

function setup() {
  const events: string[] = []
  const statuses: string[] = []
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = []
  let now = 0
  const lifecycle = new ArLifecycle(
    (name) => events.push(name),
    () => now,
  )
  const store = createPresentationStore({
    lifecycle,
    hintAfterMs: 10_000,
    onStatus: (s) => statuses.push(s),
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false }
      timers.push(t)
      return t
    },
    clearTimer: (t) => {
      if (t) (t as { cleared: boolean }).cleared = true
    },
  })
  const fire = (ms: number) =>
    timers
      .filter((t) => t.ms === ms && !t.cleared)
      .forEach((t) => {
        t.cleared = true
        t.fn()
      })
  return {
    store,
    events,
    statuses,
    fire,
    tick: (ms: number) => {
      now += ms
    },
  }
}

describe('the WebXR presentation', () => {
  it('searches, finds a surface, places, and ends once', () => {
    const { store, events, statuses, tick } = setup()
    store.sessionStarted()
    tick(1200)
    store.surfaceFound()
    store.placed('floor', 1.5, { x: 0, y: 0, z: -1.5 })
    store.sessionEnded()
    expect(statuses).toEqual(['searching', 'placed', 'not-presenting'])
    expect(events).toEqual(['ar_started', 'ar_surface_found', 'ar_placed', 'ar_ended'])
  })

  it('shows the light-and-texture hint only when no surface turns up in time', () => {
    const a = setup()
    a.store.sessionStarted()
    a.fire(10_000)
    expect(a.store.getState().longSearch).toBe(true)
    const b = setup()
    b.store.sessionStarted()
    b.store.surfaceFound()
    b.fire(10_000)
    expect(b.store.getState().longSearch).toBe(false)
  })

  it('"Tracking is back" clears itself; "lost" stays until tracking returns', () => {
    const { store, fire } = setup()
    store.sessionStarted()
    store.trackingChanged(false)
    fire(3000)
    expect(store.getState()).toMatchObject({ tracking: false, notice: 'lost' })
    store.trackingChanged(true)
    expect(store.getState().notice).toBe('resumed')
    fire(3000)
    expect(store.getState().notice).toBeNull()
  })

  it('re-placing starts a new search at true size', () => {
    const { store, statuses } = setup()
    store.sessionStarted()
    store.surfaceFound()
    store.adjusted('scale', 1.25)
    store.searchAgain()
    expect(store.getState()).toMatchObject({ status: 'searching', surfaceFound: false, scale: 1 })
    expect(statuses.at(-1)).toBe('searching')
  })
})
