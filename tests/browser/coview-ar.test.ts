// "Show it to an agent" inside an immersive WebXR session: the shopper on the
// AR harness (IWER's emulated handheld phone in the synthetic living_room,
// tests/pages/ar.html) and the agent on the mirror harness (tests/pages/
// coview.html), each in its own Chromium. The store's server (signing the
// tokens) and the relay run in this process on loopback. Every WebSocket frame
// of both is recorded and checked.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { openSession, type Session } from '../support/browser'
import { startServer, type StartedServer } from '../../tools/serve.mjs'
import { startRelay, type StartedRelay } from '../../tools/relay.mjs'
import { createCoviewRooms } from '../../tools/relayRooms.mjs'
import { badFrames, recordFrames, type Frame } from './coviewFrames'

const origin = inject('origin')
const root = path.resolve(import.meta.dirname, '../..')
const shots = path.resolve(root, '.vitrine/screenshots')
fs.mkdirSync(shots, { recursive: true })
const SECRET = crypto.randomBytes(24).toString('base64url')
type Pt = { x: number; y: number; z: number }

let relay: StartedRelay
let store: StartedServer
let shopper: Session
let agent: Session
const frames: Frame[] = []

beforeAll(async () => {
  relay = await startRelay({ secret: SECRET })
  const rooms = createCoviewRooms({ secret: SECRET, relayUrl: relay.url })
  // The store's co-view endpoints on their own loopback origin: the harness pages call them with CORS.
  store = await startServer({
    mounts: {},
    handle: async (req, res, url) => {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-methods', 'GET, POST, DELETE')
      res.setHeader('access-control-allow-headers', 'content-type')
      if (req.method === 'OPTIONS') {
        res.writeHead(204)
        res.end()
        return true
      }
      return rooms.handle(req, res, url)
    },
  })
  ;[shopper, agent] = await Promise.all([
    openSession({ viewport: { width: 360, height: 640 } }),
    openSession({ viewport: { width: 800, height: 900 } }),
  ])
  recordFrames(shopper.page, 'shopper', frames)
  recordFrames(agent.page, 'agent', frames)
}, 120_000)

const within = (p: Promise<unknown> | undefined, ms = 15_000) =>
  Promise.race([p, new Promise((r) => setTimeout(r, ms))])
afterAll(async () => {
  await within(shopper?.close())
  await within(agent?.close())
  await within(store?.close())
  await within(relay?.close())
}, 60_000)

// The AR harness's helpers, as in ar.test.ts.
const look = (target: Pt) =>
  shopper.page.evaluate(
    (t) => (window as any).__device.remote.dispatch('look_at', { device: 'headset', target: t }),
    target,
  )
const touch = (action: 'down' | 'up', at?: Pt) =>
  shopper.page.evaluate(([action, at]) => (window as any).__touches[0][action as string](at), [action, at] as const)
const waitFor = <T>(fn: (arg: T) => unknown, arg: T) =>
  shopper.page.waitForFunction(fn as any, arg, { timeout: 45_000 })
const waitEvent = (name: string) => waitFor((n) => (window as any).__events.some((e: any) => e.name === n), name)
async function tap(at: Pt) {
  await touch('down', at)
  await touch('up')
}

/**
 * Arms a watch in the agent's page: `seen()` then resolves with the epoch ms at which the mirror root's `attr`
 * became `expected`. The observer is in place before this returns, so an action after it is always caught.
 */
async function armMirror(attr: string, expected: string) {
  await agent.page.evaluate(
    ([attr, expected]) => {
      const el = document.querySelector<HTMLElement>('.vitrine-coview-mirror')!
      const now = () => Date.now()
      ;(window as any).__seen = new Promise<number>((resolve, reject) => {
        if (el.getAttribute(attr) === expected) return resolve(now())
        const observer = new MutationObserver(() => {
          if (el.getAttribute(attr) !== expected) return
          observer.disconnect()
          resolve(now())
        })
        observer.observe(el, { attributes: true, attributeFilter: [attr] })
        setTimeout(() => {
          observer.disconnect()
          reject(new Error(`${attr} never became ${expected} (is ${el.getAttribute(attr)})`))
        }, 20_000)
      })
    },
    [attr, expected] as const,
  )
  return { seen: () => agent.page.evaluate(() => (window as any).__seen as Promise<number>) }
}
const mirrorAttr = (attr: string) => agent.page.getAttribute('.vitrine-coview-mirror', attr)
// Times are Date.now() in both pages: two Chromium processes share the wall clock, not a time origin.
/** Epoch ms at which the shopper's page received its event `name` (the harness stamps each one). */
const eventAt = (name: string) =>
  shopper.page.evaluate((n) => {
    const win = window as any
    const i = win.__events.findIndex((e: any) => e.name === n)
    return win.__eventTimes[i] as number
  }, name)
/** Epoch ms at which the shopper's next click reaches their page. */
const nextClick = () =>
  shopper.page.evaluate(() => {
    const win = window as any
    win.clickAt = new Promise<number>((resolve) =>
      document.addEventListener('click', () => resolve(Date.now()), {
        capture: true,
        once: true,
      }),
    )
  })
const clickAt = () => shopper.page.evaluate(() => (window as any).clickAt as Promise<number>)
const overlay = '.vitrine-ar-overlay'

describe('Show it to an agent, inside a WebXR session (IWER handheld)', () => {
  const measured: Record<string, number> = {}

  it('the shopper shares from inside AR after the plain-words consent; the agent sees searching, then placed + distance', async () => {
    await shopper.page.goto(`${origin}/ar.html?product=armchair&xr=handheld&coview=${encodeURIComponent(store.origin)}`)
    await shopper.page.waitForFunction(() => (window as any).__ready || (window as any).__fatal, null, {
      timeout: 60_000,
    })
    expect(await shopper.page.evaluate(() => (window as any).__fatal)).toBeUndefined()
    await shopper.page.click('[data-vitrine-ar-button="webxr"]')
    await shopper.page.waitForSelector('[data-vitrine-room-placement][data-ar-status="searching"]')

    // In the session's overlay: the offer, then the consent in plain words, then the bar.
    await shopper.page.click(`${overlay} [data-action="coview"]`)
    const prompt = shopper.page.locator(`${overlay} [data-coview="prompt"]`)
    expect(await prompt.textContent()).toContain('product, colour, angle and shade you pick')
    expect(await prompt.textContent()).toContain('Never your camera')
    await shopper.page.click(`${overlay} [data-action="coview-confirm"]`)
    await shopper.page.waitForSelector(`${overlay} [data-coview="bar"][data-agents="0"]`)

    const rooms = (await (await fetch(`${store.origin}/coview/rooms`)).json()) as { room: string; productId: string }[]
    expect(rooms).toHaveLength(1)
    expect(rooms[0].productId).toBe('armchair')
    await agent.page.goto(`${origin}/coview.html?server=${encodeURIComponent(store.origin)}&room=${rooms[0].room}`)
    await agent.page.waitForSelector('.vitrine-coview-mirror[data-coview-status="live"][data-product="armchair"]', {
      timeout: 30_000,
    })
    await agent.page.waitForSelector('.vitrine-coview-mirror[data-surface="ar"][data-ar="searching"]')
    // The agent's own 3D view of the chair is up (SwiftShader: it can take a while), as it is before they look.
    await agent.page.waitForSelector('.vitrine-coview-stage .vitrine-root[data-vitrine-state="ready"]', {
      timeout: 120_000,
    })
    expect(await mirrorAttr('data-variant')).toBe('mustard')
    expect(await agent.page.textContent('[data-coview="ar-status"]')).toBe('In their room: looking for the floor…')
    await shopper.page.waitForSelector(`${overlay} [data-coview="bar"][data-agents="1"]`)
    expect(await shopper.page.textContent(`${overlay} [data-coview="bar"]`)).toContain('An agent is viewing')
    // Only what the shopper can take in AR is offered to the agent: a colour, not an angle or a hotspot.
    expect(await agent.page.locator('[data-suggest="variant"]').count()).toBe(3)
    expect(await agent.page.locator('[data-suggest="angle"], [data-suggest="hotspot"]').count()).toBe(0)

    // The shopper places the chair on the floor: the agent's mirror says so, with the distance, live.
    const target = { x: 0.4, y: 0, z: -1.6 }
    await look(target)
    await waitFor((t: Pt) => {
      const p = (window as any).__probe.current
      return p?.reticle.visible && Math.hypot(p.hit.position[0] - t.x, p.hit.position[2] - t.z) < 0.005
    }, target)
    const placedWatch = await armMirror('data-ar', 'placed:floor')
    await tap(target)
    await waitEvent('ar_placed')
    measured.placed = (await placedWatch.seen()) - (await eventAt('ar_placed'))
    const placed = await shopper.page.evaluate(() => (window as any).__events.find((e: any) => e.name === 'ar_placed'))
    expect(Number(await mirrorAttr('data-ar-distance'))).toBeCloseTo(placed.props.distance_m, 1)
    expect(placed.props.distance_m).toBeGreaterThan(1)
    expect(await agent.page.textContent('[data-coview="ar-status"]')).toBe(
      `Placed on the floor, ${placed.props.distance_m.toFixed(1)} m from them`,
    )
    await shopper.page.screenshot({ path: path.join(shots, 'coview-ar-shopper-sharing.png') })
    await agent.page.screenshot({ path: path.join(shots, 'coview-ar-agent-mirror.png') })
  })

  it("the agent's colour appears in the session, and only the shopper's one tap there applies it", async () => {
    await agent.page.click('[data-suggest="variant"][data-value="forest"]')
    const card = `${overlay} [data-coview="suggestion"][data-kind="variant"]`
    await shopper.page.waitForSelector(card)
    expect(await shopper.page.textContent(card)).toContain('Forest')
    await shopper.page.screenshot({ path: path.join(shots, 'coview-ar-shopper-suggestion.png') })
    // Nothing changed on the shopper's side without the tap.
    expect(await shopper.page.getAttribute('[data-variant="mustard"]', 'aria-checked')).toBe('true')
    expect(await mirrorAttr('data-variant')).toBe('mustard')
    const pose = (await shopper.page.evaluate(() => (window as any).__probe.current.product.position)) as number[]

    const watch = await armMirror('data-variant', 'forest')
    await nextClick()
    await shopper.page.click(`${card} [data-action="coview-accept"]`)
    measured.accept = (await watch.seen()) - (await clickAt())
    await waitFor(() => (window as any).__probe.current?.materials.includes('Velvet Forest'), null)
    expect(await shopper.page.getAttribute('[data-variant="forest"]', 'aria-checked')).toBe('true')
    expect(await shopper.page.getAttribute('[data-inline-viewer-variant]', 'data-inline-viewer-variant')).toBe('forest')
    expect(await shopper.page.getAttribute('[data-vitrine-room-placement]', 'data-ar-status')).toBe('placed')
    const after = (await shopper.page.evaluate(() => (window as any).__probe.current.product.position)) as number[]
    expect(after).toEqual(pose) // the colour changed in place: still placed where it was
    await agent.page.waitForSelector('[data-coview="answer"]:has-text("accepted")')
    expect(await shopper.page.locator(card).count()).toBe(0)
  })

  it("Stop sharing in the session ends the agent's view at once; the session goes on", async () => {
    const watch = await armMirror('data-coview-status', 'ended')
    await nextClick()
    await shopper.page.click(`${overlay} [data-action="coview-stop"]`)
    measured.stop = (await watch.seen()) - (await clickAt())
    expect(await agent.page.locator('.vitrine-coview-stage').count()).toBe(0)
    expect(await shopper.page.locator(`${overlay} [data-coview="bar"]`).count()).toBe(0)
    expect(await shopper.page.locator(`${overlay} [data-action="coview"]`).count()).toBe(1)
    expect(await shopper.page.getAttribute('[data-vitrine-room-placement]', 'data-ar-status')).toBe('placed')
    // The shopper's client tells the store the room is closed (a DELETE, best effort): it is gone.
    await expect.poll(async () => (await fetch(`${store.origin}/coview/rooms`)).json()).toEqual([])
    console.log(
      `coview in AR, ms: placed -> mirror ${Math.round(measured.placed)}, accept -> mirror ${Math.round(measured.accept)}, ` +
        `stop -> agent view ended ${Math.round(measured.stop)}`,
    )
    // Quiet machine: 6-105 ms each. Under CI load (this AR session and the agent's 3D mirror both on software
    // GL, next to another browser file on 2 cores) a busy page answers later, so the bound here is 1 s; the
    // 300 ms loopback target for variant and camera is held by coview.test.ts.
    for (const ms of Object.values(measured)) expect(ms).toBeLessThan(1000)

    await shopper.page.click(`${overlay} [data-action="exit"]`)
    await shopper.page.waitForSelector('[data-vitrine-room-placement][data-ar-status="not-presenting"]')
    const names = (await shopper.page.evaluate(() =>
      (window as any).__coviewEvents.map((e: any) => e.name),
    )) as string[]
    expect(names).toEqual(['coview_started', 'coview_suggestion', 'coview_accepted', 'coview_ended'])
  })

  it('every frame on the wire stayed on loopback, text-only, with no image, pose or camera data', async () => {
    expect(frames.length).toBeGreaterThan(8)
    expect(badFrames(frames)).toEqual([])
    expect(frames.some((f) => f.page === 'shopper' && f.dir === 'sent')).toBe(true)
    expect(frames.some((f) => f.page === 'agent' && f.dir === 'sent')).toBe(true)
    expect([...shopper.offLoopback, ...agent.offLoopback]).toEqual([])
    expect([...shopper.pageErrors, ...agent.pageErrors]).toEqual([])
  })
})
