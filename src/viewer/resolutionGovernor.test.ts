import { describe, expect, it } from 'vitest'
import { createResolutionGovernor } from './resolutionGovernor'

const feed = (g: ReturnType<typeof createResolutionGovernor>, ms: number, n: number) => {
  let last: number | undefined
  for (let i = 0; i < n; i++) last = g.frame(ms) ?? last
  return last
}

describe('resolution governor', () => {
  it('steps down while frames are over budget, down to the floor', () => {
    const g = createResolutionGovernor({ budgetMs: 20, window: 10 })
    expect(feed(g, 40, 10)).toBe(0.85)
    expect(feed(g, 40, 10)).toBe(0.7)
    feed(g, 40, 100)
    expect(g.scale).toBe(0.5)
  })

  it('steps back up when there is room again', () => {
    const g = createResolutionGovernor({ budgetMs: 20, window: 10 })
    feed(g, 40, 20)
    expect(g.scale).toBe(0.7)
    expect(feed(g, 8, 10)).toBe(0.85)
    expect(feed(g, 8, 10)).toBe(1)
  })

  it('holds steady inside the band, and ignores one slow frame and idle gaps', () => {
    const g = createResolutionGovernor({ budgetMs: 20, window: 10 })
    expect(feed(g, 16, 30)).toBeUndefined()
    for (let i = 0; i < 9; i++) g.frame(10)
    expect(g.frame(3000)).toBeUndefined() // idle gap resets the window
    expect(feed(g, 15, 9)).toBeUndefined()
    expect(g.scale).toBe(1)
  })
})
