import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeliveryEngine } from './engine'
import { backoffDelay, classifyStatus, parseRetryAfter } from './backoff'
import { memoryQueueStorage } from './storage'
import type { VitrineEvent } from '../types'

const ev = (i: number): VitrineEvent => ({
  schema: 1,
  id: `e${i}`,
  name: 'ar_tapped',
  ts: i,
  sessionId: 's',
  productId: 'p',
  surface: 'ar',
  props: {},
})
const evs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ev(from + i))

/** A collector stand-in: answers from a script of statuses, records every body and its time. */
function fakeFetch(script: (n: number) => { status: number; headers?: Record<string, string> } | 'network') {
  const bodies: { t: number; ids: string[]; keepalive: boolean; bytes: number }[] = []
  const fn = vi.fn(async (_url: string, init: RequestInit) => {
    const n = bodies.length
    bodies.push({
      t: Date.now(),
      ids: JSON.parse(String(init.body)).batch.map((e: VitrineEvent) => e.id),
      keepalive: !!init.keepalive,
      bytes: new TextEncoder().encode(String(init.body)).length,
    })
    const r = script(n)
    if (r === 'network') throw new TypeError('Failed to fetch')
    return new Response(null, { status: r.status, headers: r.headers })
  })
  return { fn: fn as unknown as typeof fetch, bodies }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('backoff', () => {
  it('grows exponentially with jitter in [0.5, 1.5) and respects the cap', () => {
    expect(backoffDelay(1, { random: () => 0 })).toBe(250)
    expect(backoffDelay(1, { random: () => 0.999 })).toBe(750)
    expect(backoffDelay(4, { random: () => 0.5 })).toBe(4000)
    expect(backoffDelay(30, { random: () => 0.9 })).toBe(30_000)
  })
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3900)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter(null)).toBeUndefined()
  })
  it('classifies statuses', () => {
    expect([200, 204, 0, 408, 429, 500, 503, 400, 413].map(classifyStatus)).toEqual([
      'ok',
      'ok',
      'retry',
      'retry',
      'retry',
      'retry',
      'retry',
      'reject',
      'reject',
    ])
  })
})

describe('DeliveryEngine', () => {
  const make = (fetch: typeof globalThis.fetch, extra = {}) =>
    new DeliveryEngine({
      url: 'http://collector/e',
      fetch,
      storage: memoryQueueStorage(),
      locks: null,
      random: () => 0.5,
      flushIntervalMs: 100,
      compress: false,
      ...extra,
    })

  it('batches by count and by time', async () => {
    const f = fakeFetch(() => ({ status: 204 }))
    const engine = make(f.fn, { maxBatchEvents: 10 })
    engine.enqueue(evs(25))
    await vi.advanceTimersByTimeAsync(50)
    expect(f.bodies.map((b) => b.ids.length)).toEqual([10, 10])
    await vi.advanceTimersByTimeAsync(100)
    expect(f.bodies.map((b) => b.ids.length)).toEqual([10, 10, 5])
    expect(engine.getStats()).toMatchObject({ acked: 25, queued: 0 })
    engine.close()
  })

  it('retries after network errors and 500s with growing delays, then delivers', async () => {
    const f = fakeFetch((n) => (n < 2 ? 'network' : n < 4 ? { status: 500 } : { status: 200 }))
    const engine = make(f.fn)
    engine.enqueue(evs(3))
    await vi.advanceTimersByTimeAsync(20_000)
    const gaps = f.bodies.slice(1).map((b, i) => b.t - f.bodies[i].t)
    expect(gaps).toEqual([500, 1000, 2000, 4000])
    expect(engine.getStats()).toMatchObject({ acked: 3, retries: 4, queued: 0 })
    engine.close()
  })

  it('honours Retry-After on 429', async () => {
    const f = fakeFetch((n) => (n === 0 ? { status: 429, headers: { 'retry-after': '7' } } : { status: 200 }))
    const engine = make(f.fn)
    engine.enqueue(evs(1))
    await vi.advanceTimersByTimeAsync(6000)
    expect(f.bodies).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2000)
    expect(f.bodies).toHaveLength(2)
    expect(f.bodies[1].t - f.bodies[0].t).toBe(7000)
    engine.close()
  })

  it('bounds the queue: drops the oldest and reports how many', async () => {
    const f = fakeFetch(() => 'network')
    const onDrop = vi.fn()
    const engine = make(f.fn, { maxQueue: 50, onDrop })
    engine.enqueue(evs(30))
    engine.enqueue(evs(40, 30))
    expect(onDrop).toHaveBeenLastCalledWith(20, 20)
    expect(engine.getStats()).toMatchObject({ queued: 50, dropped: 20 })
    engine.close()
  })

  it('gives up on a batch the collector rejects with 400, without blocking the rest', async () => {
    const f = fakeFetch((n) => (n === 0 ? { status: 400 } : { status: 204 }))
    const engine = make(f.fn, { maxBatchEvents: 2 })
    engine.enqueue(evs(4))
    await vi.advanceTimersByTimeAsync(500)
    expect(engine.getStats()).toMatchObject({ rejected: 2, acked: 2, queued: 0 })
    engine.close()
  })

  it('persists the queue and a new engine on the same storage adopts it once the old one has left', async () => {
    const storage = memoryQueueStorage()
    const down = fakeFetch(() => 'network')
    const first = make(down.fn, { storage })
    await first.ready
    first.enqueue(evs(5))
    first.flush('pagehide')
    expect(storage.keys('vitrine:q:')).toHaveLength(1)
    const up = fakeFetch(() => ({ status: 204 }))
    const second = make(up.fn, { storage })
    await second.ready
    await vi.advanceTimersByTimeAsync(2000)
    expect(up.bodies.flatMap((b) => b.ids).sort()).toEqual(
      evs(5)
        .map((e) => e.id)
        .sort(),
    )
    expect(second.getStats().adopted).toBe(5)
    expect(storage.keys('vitrine:q:')).toHaveLength(0)
    second.close()
  })

  it('leaving before the tab lock is granted still keeps the queue for the next page', async () => {
    const storage = memoryQueueStorage()
    const never = {
      request: () => new Promise(() => {}),
      query: async () => ({ held: [], pending: [] }),
    } as unknown as LockManager
    const first = make(fakeFetch(() => 'network').fn, { storage, locks: never })
    first.enqueue(evs(7))
    first.flush('pagehide')
    const keys = storage.keys('vitrine:q:')
    expect(keys).toHaveLength(1)
    expect(JSON.parse(storage.get(keys[0])!)).toMatchObject({ closed: true, events: evs(7) })
  })

  it('a Retry-After outlives the page: the adopting engine waits for it too', async () => {
    const storage = memoryQueueStorage()
    const limited = fakeFetch(() => ({ status: 429, headers: { 'retry-after': '5' } }))
    const first = make(limited.fn, { storage })
    await first.ready
    first.enqueue(evs(3))
    await vi.advanceTimersByTimeAsync(150)
    expect(limited.bodies).toHaveLength(1)
    first.flush('pagehide')
    expect(limited.bodies).toHaveLength(1) // no keepalive burst while the server asked to wait
    const up = fakeFetch(() => ({ status: 204 }))
    const second = make(up.fn, { storage })
    await second.ready
    await vi.advanceTimersByTimeAsync(4000)
    expect(up.bodies).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1500)
    expect(up.bodies).toHaveLength(1)
    expect(up.bodies[0].t - limited.bodies[0].t).toBeGreaterThanOrEqual(5000)
    second.close()
  })

  it('on page exit sends what fits in the keepalive budget, in chunks under 64 KiB', async () => {
    const f = fakeFetch(() => ({ status: 204 }))
    const engine = make(f.fn, { flushIntervalMs: 60_000, maxBatchEvents: 1000, maxBatchBytes: 20_000 })
    engine.enqueue(evs(800))
    engine.flush('hidden')
    const sent = f.bodies.filter((b) => b.keepalive)
    expect(sent.length).toBeGreaterThan(1)
    const bytes = sent.map((b) => b.bytes)
    for (const b of bytes) expect(b).toBeLessThanOrEqual(20_000)
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000)
    // What did not fit stays queued for the next page (it is persisted, not lost).
    expect(sent.flatMap((b) => b.ids).length).toBeLessThan(800)
    engine.close()
  })
})

describe('compressed batches', () => {
  it('gzip bodies with Content-Encoding, 500 per request by default; keepalive exit sends stay plain', async () => {
    vi.useRealTimers()
    const { gunzipSync } = await import('node:zlib')
    const seen: { encoding?: string; ids: number; bytes: number; keepalive: boolean }[] = []
    const fetch = (async (_url: string, init: RequestInit) => {
      const headers = init.headers as Record<string, string>
      const raw = typeof init.body === 'string' ? Buffer.from(init.body) : Buffer.from(init.body as Uint8Array)
      const text = headers['content-encoding'] === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')
      seen.push({
        encoding: headers['content-encoding'],
        ids: JSON.parse(text).batch.length,
        bytes: raw.length,
        keepalive: !!init.keepalive,
      })
      return new Response(null, { status: 204 })
    }) as unknown as typeof globalThis.fetch
    const engine = new DeliveryEngine({
      url: 'http://c/e',
      fetch,
      storage: memoryQueueStorage(),
      locks: null,
      persist: false,
      flushIntervalMs: 50,
    })
    engine.enqueue(evs(1200))
    await new Promise((r) => setTimeout(r, 400))
    expect(seen.map((s) => s.ids)).toEqual([500, 500, 200])
    expect(seen.every((s) => s.encoding === 'gzip')).toBe(true)
    expect(engine.getStats()).toMatchObject({ acked: 1200, compressedRequests: 3 })
    const plain = evs(1200).reduce((n, e) => n + JSON.stringify(e).length, 0)
    expect(engine.getStats().wireBytes).toBeLessThan(plain / 4)
    engine.enqueue(evs(10, 5000))
    engine.flush('hidden')
    await new Promise((r) => setTimeout(r, 50))
    expect(seen.at(-1)).toMatchObject({ keepalive: true, encoding: undefined, ids: 10 })
    engine.close()
  })

  it('a collector that answers 415 to gzip gets the same events uncompressed, none lost', async () => {
    vi.useRealTimers()
    const got: { encoding?: string; n: number }[] = []
    const fetch = (async (_url: string, init: RequestInit) => {
      const encoding = (init.headers as Record<string, string>)['content-encoding']
      if (encoding === 'gzip') {
        got.push({ encoding, n: 0 })
        return new Response(null, { status: 415 })
      }
      got.push({ encoding, n: JSON.parse(String(init.body)).batch.length })
      return new Response(null, { status: 204 })
    }) as unknown as typeof globalThis.fetch
    const warn = vi.fn()
    const engine = new DeliveryEngine({
      url: 'http://c/e',
      fetch,
      storage: memoryQueueStorage(),
      locks: null,
      persist: false,
      flushIntervalMs: 20,
      warn,
    })
    engine.enqueue(evs(30))
    await new Promise((r) => setTimeout(r, 200))
    expect(got).toEqual([
      { encoding: 'gzip', n: 0 },
      { encoding: undefined, n: 30 },
    ])
    expect(engine.getStats()).toMatchObject({ acked: 30, rejected: 0 })
    expect(String(warn.mock.calls[0])).toMatch(/415/)
    engine.close()
  })
})
