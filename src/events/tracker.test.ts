import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTracker } from './tracker'
import { callback } from './destinations/callback'
import type { Destination } from './destination'
import type { VitrineEvent } from './types'
import { isSessionSampled } from './sampling'

const input = (name = 'model_loaded', props: Record<string, unknown> = { load_ms: 10 }) => ({
  name,
  productId: 'p1',
  surface: 'viewer' as const,
  props: props as never,
})

function collecting() {
  const got: VitrineEvent[] = []
  return { got, dest: callback((e) => got.push(e)) }
}

afterEach(() => vi.useRealTimers())

describe('createTracker', () => {
  it('track() stamps id, ts, sessionId, schema and returns at once; delivery waits for idle', async () => {
    const { got, dest } = collecting()
    const t = createTracker({ consent: 'granted', destinations: [dest] })
    const e = t.track({ ...input(), variantId: 'navy' })!
    expect(e).toMatchObject({
      schema: 1,
      name: 'model_loaded',
      productId: 'p1',
      variantId: 'navy',
      sessionId: t.sessionId,
      props: { load_ms: 10 },
    })
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(got).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 20))
    expect(got).toEqual([e])
    t.close()
  })

  it('holds events while consent is pending and sends them, in order, when granted', async () => {
    const { got, dest } = collecting()
    const t = createTracker({ destinations: [dest] })
    const ids = [t.track(input())!.id, t.track(input('ar_tapped', {}))!.id]
    await t.flush()
    expect(got).toHaveLength(0)
    expect(t.stats().waitingForConsent).toBe(2)
    t.setConsent('granted')
    const id3 = t.track(input())!.id
    await t.flush()
    expect(got.map((e) => e.id)).toEqual([...ids, id3])
    t.close()
  })

  it('drops the held events when consent is refused, and everything after', async () => {
    const { got, dest } = collecting()
    const t = createTracker({ destinations: [dest] })
    t.track(input())
    t.track(input())
    await t.flush()
    t.setConsent(false)
    t.track(input())
    await t.flush()
    t.setConsent('granted') // a later grant does not resurrect refused events
    await t.flush()
    expect(got).toHaveLength(0)
    expect(t.stats().droppedDenied).toBe(3)
    t.close()
  })

  it('bounds the pre-consent buffer, dropping the oldest and counting them', async () => {
    const { got, dest } = collecting()
    const t = createTracker({ destinations: [dest], maxPreConsent: 3 })
    const ids = Array.from({ length: 5 }, () => t.track(input())!.id)
    await t.flush()
    t.setConsent('granted')
    await t.flush()
    expect(got.map((e) => e.id)).toEqual(ids.slice(2))
    expect(t.stats().droppedPreConsent).toBe(2)
    t.close()
  })

  it('asks a consent function before each delivery', async () => {
    const { got, dest } = collecting()
    let ok: boolean | undefined = undefined
    const t = createTracker({ destinations: [dest], consent: () => ok })
    t.track(input())
    await t.flush()
    expect(got).toHaveLength(0)
    ok = true
    t.track(input())
    await t.flush()
    expect(got).toHaveLength(2)
    t.close()
  })

  it('strips personal data and images from props and warns in debug', async () => {
    const { got, dest } = collecting()
    const warn = vi.fn()
    const t = createTracker({ consent: 'granted', destinations: [dest], debug: true, logger: { warn, error: vi.fn() } })
    t.track(
      input('viewer_interaction', {
        kind: 'rotate',
        note: 'mail me at jane.doe@example.com',
        phone: '+44 20 7946 0958',
        shot: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA',
        ok: 3,
      }),
    )
    await t.flush()
    expect(got[0].props).toEqual({ kind: 'rotate', ok: 3 })
    expect(t.stats().droppedProps).toBe(3)
    expect(String(warn.mock.calls[0])).toMatch(/note \(email\).*phone \(phone\).*shot \(data-url\)/)
    t.close()
  })

  it('drops events whose name is not snake_case <= 40 chars', async () => {
    const { got, dest } = collecting()
    const t = createTracker({ consent: 'granted', destinations: [dest] })
    t.track(input('ArPlaced', {}))
    t.track(input('x'.repeat(41), {}))
    t.track(input('ok_name', {}))
    await t.flush()
    expect(got.map((e) => e.name)).toEqual(['ok_name'])
    expect(t.stats().droppedBadName).toBe(2)
    t.close()
  })

  it('a throwing destination never stops the others', async () => {
    const { got, dest } = collecting()
    const bad: Destination = {
      name: 'bad',
      send() {
        throw new Error('boom')
      },
      flush() {
        throw new Error('boom')
      },
    }
    const t = createTracker({ consent: 'granted', destinations: [bad, dest], logger: { warn() {}, error() {} } })
    t.track(input())
    await t.flush()
    expect(got).toHaveLength(1)
    expect(t.stats().destinationErrors).toBe(2)
    t.close()
  })

  it('samples whole sessions: a sampled-out session tracks nothing', async () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `session-${i}`)
    const kept = ids.filter((id) => isSessionSampled(id, 0.25)).length
    expect(kept / ids.length).toBeGreaterThan(0.2)
    expect(kept / ids.length).toBeLessThan(0.3)
    const out = ids.find((id) => !isSessionSampled(id, 0.25))!
    const { got, dest } = collecting()
    const t = createTracker({ consent: 'granted', destinations: [dest], sampleRate: 0.25, sessionId: out })
    expect(t.sampled).toBe(false)
    expect(t.track(input())).toBeNull()
    await t.flush()
    expect(got).toHaveLength(0)
    expect(isSessionSampled(out, 1)).toBe(true)
    expect(isSessionSampled(out, 0)).toBe(false)
  })
})
