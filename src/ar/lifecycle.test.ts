import { describe, expect, it } from 'vitest'
import { ArLifecycle } from './lifecycle'

describe('ArLifecycle', () => {
  it('emits one ordered lifecycle with dwell and placed', () => {
    let t = 1000
    const events: [string, unknown][] = []
    const lc = new ArLifecycle(
      (name, props) => events.push([name, props]),
      () => t,
    )
    lc.offered('webxr')
    lc.tapped('webxr')
    lc.started('webxr')
    t += 700
    lc.surfaceFoundNow()
    lc.surfaceFoundNow()
    lc.placed('floor', 1.234567, { x: 0.5, y: 0, z: -1.5 })
    lc.trackingChanged(true)
    lc.trackingChanged(false)
    lc.trackingChanged(false)
    lc.trackingChanged(true)
    t += 300
    lc.ended()
    lc.ended()
    expect(events.map((e) => e[0])).toEqual([
      'ar_offered',
      'ar_tapped',
      'ar_started',
      'ar_surface_found',
      'ar_placed',
      'ar_tracking_lost',
      'ar_tracking_resumed',
      'ar_ended',
    ])
    expect(events[3][1]).toEqual({ ms: 700 })
    expect(events[4][1]).toEqual({ surface: 'floor', distance_m: 1.235, x: 0.5, y: 0, z: -1.5 })
    expect(events[7][1]).toEqual({ mode: 'webxr', dwell_ms: 1000, placed: true })
  })
  it('marks native sessions as inferred', () => {
    const events: [string, unknown][] = []
    const lc = new ArLifecycle(
      (name, props) => events.push([name, props]),
      () => 0,
    )
    lc.started('quick-look', true)
    lc.ended()
    expect(events).toEqual([
      ['ar_started', { mode: 'quick-look', inferred: true }],
      ['ar_ended', { mode: 'quick-look', dwell_ms: 0, placed: false, inferred: true }],
    ])
  })
})
