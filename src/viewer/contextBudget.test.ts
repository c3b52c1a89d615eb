import { describe, expect, it } from 'vitest'
import { createContextBudget, type ContextSlot } from './contextBudget'

function viewer(budget: ReturnType<typeof createContextBudget>, priority: 'auto' | 'user') {
  const v = { slot: undefined as ContextSlot | undefined, evicted: 0, cancel: () => {} }
  v.cancel = budget.request(
    priority,
    (s) => {
      v.slot = s
    },
    () => {
      v.evicted++
      v.slot = undefined
    },
  )
  return v
}

describe('context budget', () => {
  it('grants up to the limit, then makes automatic requests wait', () => {
    const budget = createContextBudget(2)
    const views = Array.from({ length: 12 }, () => viewer(budget, 'auto'))
    expect(views.filter((v) => v.slot).length).toBe(2)
    expect(budget.live()).toBe(2)
    expect(budget.waiting()).toBe(10)
  })

  it('passes a released slot to the next in line', () => {
    const budget = createContextBudget(2)
    const [a, , c] = [viewer(budget, 'auto'), viewer(budget, 'auto'), viewer(budget, 'auto')]
    expect(c.slot).toBeUndefined()
    a.cancel()
    expect(c.slot).toBeDefined()
    expect(budget.live()).toBe(2)
  })

  it('a tap evicts the least recently used viewer, never exceeding the limit', () => {
    const budget = createContextBudget(2)
    const a = viewer(budget, 'auto')
    const b = viewer(budget, 'auto')
    a.slot!.touch() // b is now the least recently used
    const tapped = viewer(budget, 'user')
    expect(tapped.slot).toBeDefined()
    expect(b.evicted).toBe(1)
    expect(a.evicted).toBe(0)
    expect(budget.live()).toBe(2)
  })

  it('cancelling a waiting request removes it from the line', () => {
    const budget = createContextBudget(1)
    const a = viewer(budget, 'auto')
    const b = viewer(budget, 'auto')
    b.cancel()
    a.cancel()
    expect(budget.live()).toBe(0)
    expect(budget.waiting()).toBe(0)
  })
})
