import { describe, expect, it, vi } from 'vitest'
import { applyPatch, diffState } from './diff'
import { createStateSender } from './throttle'
import { createCoview } from './shopperStore'
import { createCoviewMirror } from './mirrorStore'
import { patchForEvent, orbitFacing } from './surfaceEvents'
import { describeAr } from './mirrorWords'
import { sharingMessage } from './shareWords'
import { defaultCoviewStrings } from './coviewStrings'
import { followTryOnStore, readViewer } from './followStores'
import { createTryOnStore } from '../tryon/tryOnStore'
import type { ProductViewerHandle } from '../viewer/ProductViewer'
import { EMPTY_COVIEW_STATE, roundOrbit, type CoviewPatch, type CoviewState } from './state'
import type { CoviewTransportFactory, TransportHandlers } from './transport'
import type { IncomingMessage, ShopperMessage, AgentMessage } from './protocol'
import type { TrackInput } from '../events/types'
import { checkMessage } from '../../tools/relayFilter.mjs'

const state = (over: Partial<CoviewState> = {}): CoviewState => ({ ...EMPTY_COVIEW_STATE, productId: 'sofa', ...over })

describe('diff', () => {
  it('sends only what changed, by value', () => {
    const a = state({ orbit: { azimuth: 10, elevation: 5, zoom: 1 } })
    expect(diffState(a, { ...a, orbit: { azimuth: 10, elevation: 5, zoom: 1 } })).toBeNull()
    expect(diffState(a, { ...a, variant: 'navy' })).toEqual({ variant: 'navy' })
    expect(diffState(a, { ...a, ar: { status: 'placed', surface: 'floor', distance: 1.8 } })).toEqual({
      ar: { status: 'placed', surface: 'floor', distance: 1.8 },
    })
    expect(applyPatch(a, { variant: 'oat', dimensions: true })).toEqual({ ...a, variant: 'oat', dimensions: true })
  })

  it('rounds jitter away and wraps the azimuth', () => {
    expect(roundOrbit({ azimuth: 190.04, elevation: 12.349, zoom: 1.23456 })).toEqual({
      azimuth: -170,
      elevation: 12.3,
      zoom: 1.235,
    })
  })
})

describe('throttle', () => {
  function clock() {
    let t = 0
    const timers: { at: number; fn: () => void }[] = []
    return {
      now: () => t,
      setTimer: (fn: () => void, ms: number) => {
        const timer = { at: t + ms, fn }
        timers.push(timer)
        return timer
      },
      clearTimer: (timer: unknown) => {
        timers.splice(timers.indexOf(timer as never), 1)
      },
      advance(ms: number) {
        const end = t + ms
        for (;;) {
          const next = timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0]
          if (!next) break
          t = next.at
          timers.splice(timers.indexOf(next), 1)
          next.fn()
        }
        t = end
      },
    }
  }

  it('sends the camera at most 15 times a second, always the last angle, and taps at once', () => {
    const c = clock()
    const sent: { at: number; patch: CoviewPatch }[] = []
    const sender = createStateSender((patch) => sent.push({ at: c.now(), patch }), c)
    let s = state()
    sender.reset(s)
    // A one-second drag at 60 frames a second.
    for (let frame = 0; frame < 60; frame++) {
      s = { ...s, orbit: { azimuth: frame, elevation: 10, zoom: 1 } }
      sender.push(s)
      if (frame === 30) {
        s = { ...s, variant: 'navy' }
        sender.push(s)
      }
      c.advance(1000 / 60)
    }
    c.advance(500)
    const orbits = sent.filter((x) => x.patch.orbit)
    expect(orbits.length).toBeLessThanOrEqual(16)
    expect(orbits.length).toBeGreaterThanOrEqual(14)
    for (let i = 1; i < orbits.length; i++)
      expect(orbits[i].at - orbits[i - 1].at).toBeGreaterThanOrEqual(1000 / 15 - 1e-9)
    expect(orbits.at(-1)!.patch.orbit!.azimuth).toBe(59)
    const variant = sent.find((x) => x.patch.variant === 'navy')!
    expect(variant.at).toBeCloseTo((30 * 1000) / 60, 5)
  })
})

function fakeTransport() {
  const sent: (ShopperMessage | AgentMessage)[] = []
  let handlers!: TransportHandlers
  const factory: CoviewTransportFactory = (_ticket, h) => {
    handlers = h
    return {
      send: (m) => {
        sent.push(m)
        return true
      },
      close: vi.fn(),
    }
  }
  return {
    factory,
    sent,
    open() {
      handlers.onStatus('open')
      handlers.onOpen()
    },
    receive(m: IncomingMessage) {
      handlers.onMessage(m)
    },
  }
}

function shopper() {
  const t = fakeTransport()
  const events: TrackInput[] = []
  const server = {
    open: vi.fn(async () => ({ room: 'r'.repeat(22), relay: 'ws://127.0.0.1:1/coview', token: 'tok' })),
    close: vi.fn(),
    agentTicket: vi.fn(),
  }
  const coview = createCoview({
    server,
    transport: t.factory,
    tracker: {
      track: (e) => {
        events.push(e)
        return null
      },
    },
  })
  return { coview, t, events, server }
}

describe('shopper store', () => {
  it('asks first, shares only after confirm, and every message passes the relay filter', async () => {
    const { coview, t, events, server } = shopper()
    coview.update({ productId: 'sofa', variant: 'sage' })
    expect(t.sent).toEqual([])
    coview.ask()
    expect(coview.getState().phase).toBe('asking')
    expect(server.open).not.toHaveBeenCalled()
    await coview.confirm()
    t.open()
    expect(t.sent[0]).toMatchObject({ t: 'state', s: { productId: 'sofa', variant: 'sage' } })
    coview.update({ variant: 'navy' })
    expect(t.sent.at(-1)).toEqual({ t: 'patch', s: { variant: 'navy' } })
    t.receive({ t: 'peer', event: 'joined', peer: 'a1' })
    expect(coview.getState().agents).toBe(1)
    expect(t.sent.at(-1)).toMatchObject({ t: 'state', s: { variant: 'navy' } })
    expect(events.map((e) => e.name)).toEqual(['coview_started'])
    for (const m of t.sent) expect(checkMessage(JSON.stringify(m), false, 'shopper')).toMatchObject({ ok: true })
  })

  it("applies a suggestion only on the shopper's tap, then answers", async () => {
    const { coview, t, events } = shopper()
    const apply = vi.fn()
    coview.setApplier(apply)
    coview.update({ productId: 'sofa' })
    coview.ask()
    await coview.confirm()
    t.open()
    const suggestion: AgentMessage = { t: 'suggest', id: 'sx1', kind: 'variant', value: 'oat' }
    expect(checkMessage(JSON.stringify(suggestion), false, 'agent')).toMatchObject({ ok: true })
    t.receive(suggestion)
    expect(coview.getState().suggestion).toEqual({ id: 'sx1', kind: 'variant', value: 'oat' })
    expect(apply).not.toHaveBeenCalled()
    coview.accept()
    expect(apply).toHaveBeenCalledWith({ id: 'sx1', kind: 'variant', value: 'oat' })
    expect(t.sent.at(-1)).toEqual({ t: 'answer', id: 'sx1', accepted: true })
    t.receive({ t: 'suggest', id: 'sx2', kind: 'angle', value: { azimuth: 90, elevation: 10, zoom: 1.2 } })
    coview.dismiss()
    expect(apply).toHaveBeenCalledTimes(1)
    coview.stop()
    expect(t.sent.at(-1)).toEqual({ t: 'end', reason: 'stopped' })
    expect(events.map((e) => e.name)).toEqual([
      'coview_started',
      'coview_suggestion',
      'coview_accepted',
      'coview_suggestion',
      'coview_ended',
    ])
    expect(events.at(-1)!.props).toMatchObject({ reason: 'stopped', suggestions: 2, accepted: 1 })
    expect(coview.getState().phase).toBe('off')
  })

  it('while an AR session covers the page, it applies the colour itself and leaves the rest to the page', async () => {
    const { coview, t } = shopper()
    const page = vi.fn()
    const inAr = vi.fn((s: { kind: string }) => s.kind === 'variant')
    coview.setApplier(page)
    coview.update({ productId: 'sofa' })
    coview.ask()
    await coview.confirm()
    t.open()
    const remove = coview.applyFirst(inAr)
    t.receive({ t: 'suggest', id: 'a1', kind: 'variant', value: 'oat' })
    coview.accept()
    expect(inAr).toHaveBeenCalledTimes(1)
    expect(page).not.toHaveBeenCalled()
    t.receive({ t: 'suggest', id: 'a2', kind: 'hotspot', value: 'legs' })
    coview.accept()
    expect(page).toHaveBeenCalledWith({ id: 'a2', kind: 'hotspot', value: 'legs' })
    remove() // the session ended: the page applies everything again
    t.receive({ t: 'suggest', id: 'a3', kind: 'variant', value: 'navy' })
    coview.accept()
    expect(inAr).toHaveBeenCalledTimes(2)
    expect(page).toHaveBeenLastCalledWith({ id: 'a3', kind: 'variant', value: 'navy' })
  })

  it('says in words whether an agent is viewing', () => {
    const s = defaultCoviewStrings
    expect(sharingMessage({ connection: 'open', agents: 0 }, s)).toBe(s.waitingForAgent)
    expect(sharingMessage({ connection: 'open', agents: 1 }, s)).toBe('An agent is viewing')
    expect(sharingMessage({ connection: 'open', agents: 2 }, s)).toBe('2 agents are viewing')
    expect(sharingMessage({ connection: 'reconnecting', agents: 1 }, s)).toBe(s.reconnecting)
  })

  it('offers the share from chat and resolves with the room, or undefined when declined', async () => {
    const { coview } = shopper()
    await expect(coview.offer()).resolves.toBeUndefined() // no product shown: nothing to offer
    coview.update({ productId: 'sofa' })
    const declined = coview.offer()
    expect(coview.getState()).toMatchObject({ phase: 'asking', via: 'chat' })
    coview.cancel()
    await expect(declined).resolves.toBeUndefined()
    const agreed = coview.offer()
    await coview.confirm()
    await expect(agreed).resolves.toBe('r'.repeat(22))
    await expect(coview.offer()).resolves.toBe('r'.repeat(22))
  })
})

describe('shared from the plain stores', () => {
  it("follows the try-on store's intensity, and the viewer's camera and open hotspot", async () => {
    const { coview, t } = shopper()
    coview.update({ productId: 'lipstick', surface: 'tryon' })
    coview.ask()
    await coview.confirm()
    t.open()
    const tryOn = createTryOnStore({ intensity: 0.8 })
    const stop = followTryOnStore(coview, tryOn)
    expect(coview.getState().shared.tryon.intensity).toBe(0.8)
    tryOn.setState({ intensity: 0.35 })
    expect(t.sent.at(-1)).toEqual({ t: 'patch', s: { tryon: { shade: null, intensity: 0.35 } } })
    stop()
    tryOn.setState({ intensity: 0.5 })
    expect(coview.getState().shared.tryon.intensity).toBe(0.35)

    let open: string | null = 'legs'
    const viewer = {
      orbit: () => ({ azimuthDeg: 30.04, elevationDeg: 10, zoom: 1 }),
      openHotspot: () => open,
    } as unknown as ProductViewerHandle
    readViewer(coview, viewer)
    expect(coview.getState().shared).toMatchObject({ hotspot: 'legs', orbit: { azimuth: 30, elevation: 10 } })
    open = null
    readViewer(coview, viewer)
    expect(coview.getState().shared.hotspot).toBeNull()
  })
})

describe('mirror store', () => {
  it('follows state and patches, and sends suggestions the relay accepts', () => {
    const t = fakeTransport()
    const mirror = createCoviewMirror({ ticket: async () => ({ relay: 'ws://x', token: 't' }), transport: t.factory })
    t.open()
    t.receive({ t: 'welcome', role: 'agent', peers: [] })
    expect(mirror.getState().status).toBe('waiting')
    t.receive({ t: 'state', s: state({ variant: 'sage' }) })
    t.receive({ t: 'patch', s: { orbit: { azimuth: 45, elevation: 10, zoom: 1 } } })
    expect(mirror.getState()).toMatchObject({ status: 'live', state: { variant: 'sage', orbit: { azimuth: 45 } } })
    mirror.suggest('hotspot', 'legs')
    mirror.suggest('angle', { azimuth: -30, elevation: 20, zoom: 1.5 })
    for (const m of t.sent) expect(checkMessage(JSON.stringify(m), false, 'agent')).toMatchObject({ ok: true })
    t.receive({ t: 'ended', reason: 'stopped' })
    expect(mirror.getState().status).toBe('ended')
  })
})

describe('surface events', () => {
  const s = state()
  it('turns viewer, AR and try-on events into shared state', () => {
    expect(
      patchForEvent({ name: 'dimensions_toggled', productId: 'p', surface: 'viewer', props: { shown: true } }, s),
    ).toEqual({ dimensions: true })
    expect(
      patchForEvent({ name: 'hotspot_opened', productId: 'p', surface: 'viewer', props: { hotspot_id: 'legs' } }, s),
    ).toEqual({ hotspot: 'legs' })
    expect(patchForEvent({ name: 'ar_started', productId: 'p', surface: 'ar', props: { mode: 'webxr' } }, s)).toEqual({
      surface: 'ar',
      ar: { status: 'searching' },
    })
    expect(
      patchForEvent(
        {
          name: 'ar_placed',
          productId: 'p',
          surface: 'ar',
          props: { surface: 'wall', distance_m: 1.8349, x: 0, y: 1, z: -1.8 },
        },
        s,
      ),
    ).toEqual({ surface: 'ar', ar: { status: 'placed', surface: 'wall', distance: 1.83 } })
    expect(patchForEvent({ name: 'shade_selected', productId: 'p', surface: 'tryon', shadeId: 'rose-04' }, s)).toEqual({
      tryon: { shade: 'rose-04', intensity: 1 },
    })
    expect(
      patchForEvent({ name: 'model_loaded', productId: 'p', surface: 'viewer', props: { load_ms: 3 } }, s),
    ).toBeNull()
  })
  it("tells the agent where the product stands in the shopper's room", () => {
    expect(describeAr({ status: 'searching' }, 'wall')).toBe('In their room: looking for a wall…')
    expect(describeAr({ status: 'placed', surface: 'floor', distance: 1.84 }, 'floor')).toBe(
      'Placed on the floor, 1.8 m from them',
    )
    expect(describeAr({ status: 'placed', surface: null, distance: null }, 'floor')).toBe('Placed in their room')
    expect(describeAr({ status: 'off' }, 'floor')).toBe('')
  })
  it('faces a hotspot from its normal', () => {
    expect(orbitFacing([1, 0, 0])).toEqual({ azimuth: 90, elevation: 0 })
    expect(orbitFacing([0, 1, 0]).elevation).toBe(60)
  })
})
