// The co-view relay in Node: its message filter, its tokens, and real relays
// with real `ws` clients, one process and two processes through a real Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { checkMessage, createRateLimit, MAX_MESSAGE_BYTES } from '../../tools/relayFilter.mjs'
import { newRoomId, signToken, verifyToken } from '../../tools/relayToken.mjs'
import { startRelay, PROTOCOL, CLOSE, type StartedRelay } from '../../tools/relay.mjs'
import { EMPTY_COVIEW_STATE } from '../../src/coview/state'
import { startRedis, type RedisProcess } from '../support/redis'

const SECRET = 'test-secret-0123456789abcdef'
const full = {
  ...EMPTY_COVIEW_STATE,
  productId: 'sofa',
  variant: 'navy',
  orbit: { azimuth: 30, elevation: 18, zoom: 1 },
}
const j = (m: unknown) => JSON.stringify(m)

describe('relay filter', () => {
  it('passes the protocol, by role', () => {
    expect(checkMessage(j({ t: 'state', s: full }), false, 'shopper').ok).toBe(true)
    expect(checkMessage(j({ t: 'patch', s: { variant: 'oat' } }), false, 'shopper').ok).toBe(true)
    expect(
      checkMessage(
        j({ t: 'suggest', id: 's1', kind: 'angle', value: { azimuth: 1, elevation: 2, zoom: 1 } }),
        false,
        'agent',
      ).ok,
    ).toBe(true)
    expect(checkMessage(j({ t: 'suggest', id: 's1', kind: 'variant', value: 'oat' }), false, 'shopper')).toEqual({
      ok: false,
      reason: 'wrong-role',
    })
    expect(checkMessage(j({ t: 'patch', s: { variant: 'oat' } }), false, 'agent')).toEqual({
      ok: false,
      reason: 'wrong-role',
    })
  })

  it('drops images, landmarks, binary, oversize, unknown types and unknown keys', () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk'
    const cases: [unknown, string][] = [
      [{ t: 'patch', s: { variant: 'data:image/png;base64,AAAA' } }, 'image'],
      [{ t: 'patch', s: { variant: png } }, 'image'],
      [{ t: 'patch', s: { hotspot: 'A'.repeat(200) } }, 'image'],
      [{ t: 'patch', s: { landmarks: [[0.1, 0.2, 0.3]] } }, 'bad-shape'],
      [{ t: 'patch', s: { orbit: { azimuth: 1, elevation: 2, zoom: 1, frame: 'x' } } }, 'bad-shape'],
      [{ t: 'patch', s: { variant: 'ok', extra: 1 } }, 'bad-shape'],
      [{ t: 'patch', s: {} }, 'bad-shape'],
      [{ t: 'state', s: { productId: 'sofa' } }, 'bad-shape'],
      [{ t: 'snapshot', s: {} }, 'unknown-type'],
      [[1, 2, 3], 'unknown-type'],
    ]
    for (const [message, reason] of cases)
      expect(checkMessage(j(message), false, 'shopper'), j(message).slice(0, 60)).toEqual({ ok: false, reason })
    expect(checkMessage('{not json', false, 'shopper')).toEqual({ ok: false, reason: 'not-json' })
    expect(checkMessage(Buffer.from([0x89, 0x50, 0x4e, 0x47]), true, 'shopper')).toEqual({
      ok: false,
      reason: 'binary',
    })
    const big = j({ t: 'patch', s: { variant: 'x' } }).replace('}}', `}${' '.repeat(MAX_MESSAGE_BYTES)}}`)
    expect(checkMessage(big, false, 'shopper')).toEqual({ ok: false, reason: 'too-large' })
  })

  it('rate-limits per connection', () => {
    let t = 0
    const limit = createRateLimit({ capacity: 5, perSecond: 10, now: () => t })
    expect(Array.from({ length: 8 }, () => limit.take()).filter(Boolean)).toHaveLength(5)
    t += 500
    expect(Array.from({ length: 8 }, () => limit.take()).filter(Boolean)).toHaveLength(5)
  })
})

describe('tokens', () => {
  it('are signed, scoped to a room and a role, and expire', () => {
    const room = newRoomId()
    expect(room).toMatch(/^[A-Za-z0-9_-]{22}$/)
    const token = signToken(SECRET, { room, role: 'agent', ttlS: 60 })
    expect(verifyToken(SECRET, token)).toMatchObject({ room, role: 'agent' })
    expect(verifyToken('another-secret-0123456789', token)).toEqual({ error: 'bad-signature' })
    expect(verifyToken(SECRET, token, Date.now() + 61_000)).toEqual({ error: 'expired' })
    const [payload, sig] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), p: 'shopper' }),
    ).toString('base64url')
    expect(verifyToken(SECRET, `${forged}.${sig}`)).toEqual({ error: 'bad-signature' })
    expect(verifyToken(SECRET, undefined)).toEqual({ error: 'malformed' })
  })
})

interface Client {
  ws: WebSocket
  messages: Record<string, unknown>[]
  closed: Promise<{ code: number; reason: string }>
  next(t: string): Promise<Record<string, unknown>>
}
function connect(url: string, token?: string): Promise<Client> {
  const ws = new WebSocket(url, token ? [PROTOCOL, `t.${token}`] : [PROTOCOL])
  const messages: Record<string, unknown>[] = []
  const waiters: { t: string; resolve: (m: Record<string, unknown>) => void }[] = []
  const unread: Record<string, unknown>[] = []
  ws.on('message', (data) => {
    const m = JSON.parse(String(data))
    messages.push(m)
    const w = waiters.find((x) => x.t === m.t)
    if (w) {
      waiters.splice(waiters.indexOf(w), 1)
      w.resolve(m)
    } else unread.push(m)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  )
  // The first message of type `t` not yet returned, waiting for it if need be.
  const next = (t: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const i = unread.findIndex((m) => m.t === t)
      if (i >= 0) {
        resolve(unread.splice(i, 1)[0])
        return
      }
      waiters.push({ t, resolve })
      setTimeout(() => reject(new Error(`no ${t} message; got ${j(messages)}`)), 4000)
    })
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages, closed, next }))
    ws.once('error', reject)
  })
}
const token = (room: string, role: 'shopper' | 'agent') => signToken(SECRET, { room, role, ttlS: 60 })

describe('relay, one process', () => {
  let relay: StartedRelay
  beforeAll(async () => {
    relay = await startRelay({ secret: SECRET, graceMs: 300, rate: { capacity: 20, perSecond: 20 } })
  })
  afterAll(async () => {
    await relay?.close()
  })

  it('refuses a join without a valid token', async () => {
    const room = newRoomId()
    for (const bad of [
      undefined,
      'nonsense',
      signToken('wrong-secret-0123456789', { room, role: 'agent', ttlS: 60 }),
      signToken(SECRET, { room, role: 'agent', ttlS: -5 }),
    ]) {
      const c = await connect(relay.url, bad)
      expect((await c.closed).code).toBe(CLOSE.refused)
      expect(c.messages).toEqual([])
    }
  })

  it("passes the shopper's state to the agent and suggestions back, drops what the filter refuses, ends on stop", async () => {
    const room = newRoomId()
    const shopper = await connect(relay.url, token(room, 'shopper'))
    await shopper.next('welcome')
    const agent = await connect(relay.url, token(room, 'agent'))
    await agent.next('welcome')
    expect(await shopper.next('peer')).toMatchObject({ event: 'joined' })
    shopper.ws.send(j({ t: 'state', s: full }))
    expect(await agent.next('state')).toMatchObject({ s: { variant: 'navy' } })
    shopper.ws.send(j({ t: 'patch', s: { variant: 'data:image/jpeg;base64,/9j/4AAQ' } }))
    shopper.ws.send(Buffer.from([1, 2, 3]), { binary: true })
    expect(await shopper.next('dropped')).toMatchObject({ reason: 'image' })
    agent.ws.send(j({ t: 'suggest', id: 's1', kind: 'variant', value: 'oat' }))
    expect(await shopper.next('suggest')).toMatchObject({ kind: 'variant', value: 'oat' })
    agent.ws.send(j({ t: 'patch', s: { variant: 'oat' } }))
    shopper.ws.send(j({ t: 'patch', s: { variant: 'sage' } }))
    expect(await agent.next('patch')).toEqual({ t: 'patch', s: { variant: 'sage' } })
    expect(agent.messages.filter((m) => m.t === 'patch')).toHaveLength(1)
    expect(relay.stats().dropped).toMatchObject({ image: 1, binary: 1, 'wrong-role': 1 })
    shopper.ws.send(j({ t: 'end', reason: 'stopped' }))
    expect(await agent.next('ended')).toMatchObject({ reason: 'stopped' })
    expect((await agent.closed).code).toBe(CLOSE.ended)
    const late = await connect(relay.url, token(room, 'agent'))
    expect((await late.closed).code).toBe(CLOSE.closed)
  })

  it('rate-limits a flooding client and closes the room when the shopper leaves for longer than the grace', async () => {
    const room = newRoomId()
    const shopper = await connect(relay.url, token(room, 'shopper'))
    const agent = await connect(relay.url, token(room, 'agent'))
    await agent.next('welcome')
    const before = relay.stats().rateLimited
    for (let i = 0; i < 60; i++) shopper.ws.send(j({ t: 'patch', s: { orbit: { azimuth: i, elevation: 0, zoom: 1 } } }))
    await new Promise((r) => setTimeout(r, 300))
    expect(relay.stats().rateLimited - before).toBeGreaterThan(30)
    expect(agent.messages.filter((m) => m.t === 'patch').length).toBeLessThan(30)
    shopper.ws.terminate()
    expect(await agent.next('ended')).toMatchObject({ reason: 'left' })
  })
})

describe('relay, two processes through Redis', () => {
  let redis: RedisProcess
  let a: StartedRelay
  let b: StartedRelay
  beforeAll(async () => {
    redis = await startRedis()
    a = await startRelay({ secret: SECRET, redisUrl: redis.url })
    b = await startRelay({ secret: SECRET, redisUrl: redis.url })
  }, 30_000)
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await redis?.stop()
  })

  it('the shopper on one, the agent on the other: state, suggestion, presence and the end cross over', async () => {
    expect(a.stats().bus).toBe('redis')
    const room = newRoomId()
    const shopper = await connect(a.url, token(room, 'shopper'))
    await shopper.next('welcome')
    const agent = await connect(b.url, token(room, 'agent'))
    expect(await shopper.next('peer')).toMatchObject({ event: 'joined' })
    shopper.ws.send(j({ t: 'state', s: full }))
    expect(await agent.next('state')).toMatchObject({ s: { productId: 'sofa' } })
    agent.ws.send(j({ t: 'suggest', id: 's2', kind: 'hotspot', value: 'legs' }))
    expect(await shopper.next('suggest')).toMatchObject({ value: 'legs' })
    shopper.ws.send(j({ t: 'end', reason: 'stopped' }))
    expect((await agent.closed).code).toBe(CLOSE.ended)
    // Closed for good, on every process.
    const again = await connect(b.url, token(room, 'agent'))
    expect((await again.closed).code).toBe(CLOSE.closed)
  })
})
