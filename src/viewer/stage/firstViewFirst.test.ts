import { afterEach, describe, expect, it, vi } from 'vitest'
import { firstViewFirst, maxFirstViewMs } from './firstViewFirst'

afterEach(() => {
  vi.useRealTimers()
})

describe('first view first', () => {
  it('lets the other views of a renderer start, together, once the first one is on screen', async () => {
    const renderer = {}
    const started: string[] = []
    const shown = await firstViewFirst(renderer)
    const others = ['b', 'c'].map((id) => firstViewFirst(renderer).then(() => started.push(id)))
    await Promise.resolve()
    await Promise.resolve()
    expect(started).toEqual([])
    shown()
    shown() // harmless twice
    await Promise.all(others)
    expect(started).toEqual(['b', 'c'])
    // Later views do not wait at all.
    await firstViewFirst(renderer)
  })

  it('does not make another renderer wait', async () => {
    await firstViewFirst({}) // never shown
    expect(typeof (await firstViewFirst({}))).toBe('function')
  })

  it('stops waiting for a first view that never draws after maxFirstViewMs', async () => {
    vi.useFakeTimers()
    const renderer = {}
    await firstViewFirst(renderer)
    let second = false
    const next = firstViewFirst(renderer).then(() => {
      second = true
    })
    await vi.advanceTimersByTimeAsync(maxFirstViewMs - 10)
    expect(second).toBe(false)
    await vi.advanceTimersByTimeAsync(20)
    await next
    expect(second).toBe(true)
  })
})
