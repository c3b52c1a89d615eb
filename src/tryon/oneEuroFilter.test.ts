import { describe, expect, it } from 'vitest'
import { OneEuroFilter, PointsSmoother } from './oneEuroFilter'

// Deterministic noise so the test cannot pass by luck.
const noise = (i: number) => (Math.sin(i * 12.9898) * 43758.5453) % 1

describe('OneEuroFilter', () => {
  it('removes most jitter from a still signal', () => {
    const f = new OneEuroFilter({ minCutoff: 1, beta: 0.05 })
    const raw: number[] = [],
      out: number[] = []
    for (let i = 0; i < 200; i++) {
      raw.push(100 + noise(i))
      out.push(f.filter(raw[i], i * 33))
    }
    const std = (xs: number[]) => {
      const m = xs.reduce((a, b) => a + b) / xs.length
      return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length)
    }
    expect(std(out.slice(50)) / std(raw.slice(50))).toBeLessThan(0.5)
    expect(Math.abs(out.slice(50).reduce((a, b) => a + b) / 150 - 100)).toBeLessThan(0.3)
  })

  it('follows a fast move with little lag when beta is set', () => {
    const slow = new OneEuroFilter({ minCutoff: 1, beta: 0 })
    const fast = new OneEuroFilter({ minCutoff: 1, beta: 0.05 })
    let s = 0,
      q = 0
    for (let i = 0; i < 30; i++) {
      const x = i * 10 // 300 px/s
      s = slow.filter(x, i * 33)
      q = fast.filter(x, i * 33)
    }
    expect(290 - q).toBeLessThan(10)
    expect(290 - s).toBeGreaterThan(290 - q)
  })

  it('returns the first sample and ignores repeated timestamps', () => {
    const f = new OneEuroFilter()
    expect(f.filter(5, 0)).toBe(5)
    expect(f.filter(50, 0)).toBe(5)
    f.reset()
    expect(f.filter(7, 10)).toBe(7)
  })
})

describe('PointsSmoother', () => {
  it('filters each coordinate on its own', () => {
    const s = new PointsSmoother({ minCutoff: 1, beta: 0 })
    s.apply(new Float32Array([0, 100]), 0)
    const out = s.apply(new Float32Array([10, 100]), 33)
    expect(out[0]).toBeGreaterThan(0)
    expect(out[0]).toBeLessThan(10)
    expect(out[1]).toBeCloseTo(100)
  })
})
