import { describe, expect, it } from 'vitest'
import { ToneAverage } from './shopperTones'
import { createTryOnStats, recordFrame } from './tryOnStats'

describe('ToneAverage', () => {
  it('publishes the running mean at most once a second, or at once when asked', () => {
    const avg = new ToneAverage()
    expect(avg.add({ lip: [100, 50, 50], skin: [200, 150, 120] }, 1000)).toEqual({
      lip: [100, 50, 50],
      skin: [200, 150, 120],
    })
    expect(avg.add({ lip: [200, 50, 51], skin: [100, 150, 120] }, 1500)).toBeNull()
    expect(avg.add({ lip: [0, 50, 50], skin: [0, 0, 0] }, 1600, true)).toEqual({
      lip: [100, 50, 50],
      skin: [100, 100, 80],
    })
    expect(avg.add({ lip: [0, 0, 0], skin: [0, 0, 0] }, 2000)).toBeNull()
    expect(avg.add({ lip: [0, 0, 0], skin: [0, 0, 0] }, 2600)).toEqual({ lip: [60, 30, 30], skin: [60, 60, 48] })
  })

  it('forgets every tone on reset', () => {
    const avg = new ToneAverage()
    avg.add({ lip: [255, 0, 0], skin: [255, 0, 0] }, 0)
    avg.reset()
    expect(avg.add({ lip: [10, 20, 30], skin: [1, 2, 3] }, 5000)).toEqual({ lip: [10, 20, 30], skin: [1, 2, 3] })
  })
})

describe('recordFrame', () => {
  it('keeps the last 600 live frames, latencies and stages together', () => {
    const stats = createTryOnStats()
    const stage = (i: number) => ({ copy: i, detect: 0, worker: 0, convert: 0, draw: 0, lips: true })
    for (let i = 0; i < 650; i++) recordFrame(stats, i, stage(i))
    expect(stats.frameLatencies).toHaveLength(600)
    expect(stats.stages).toHaveLength(600)
    expect(stats.frameLatencies[0]).toBe(50)
    expect(stats.stages[0].copy).toBe(50)
    expect(stats.stages.at(-1)!.copy).toBe(649)
  })
})
