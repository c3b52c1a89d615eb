// "Show it to an agent", end to end: the demo storefront (shopper) and the
// demo inbox's live mirror (agent) in two browser contexts, the store's
// server signing tokens, two relay processes (`node tools/relay.mjs`) joined
// by a real redis-server: the shopper on one, the agent on the other. Every
// WebSocket frame of both contexts is recorded and checked.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startServer, type StartedServer } from '../../tools/serve.mjs'
import { createCollector } from '../../tools/collector.mjs'
import { createCoviewRooms } from '../../tools/relayRooms.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser'
import { freePort, startRedis, type RedisProcess } from '../support/redis'
import { badFrames, recordFrames, type Frame } from './coviewFrames'

const root = path.resolve(import.meta.dirname, '../..')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-coview-'))
const shots = path.resolve(root, '.vitrine/screenshots')
fs.mkdirSync(shots, { recursive: true })
const SECRET = crypto.randomBytes(24).toString('base64url')
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/

interface Relay {
  port: number
  url: string
  child: ChildProcess
}
async function startRelayProcess(port: number, redisUrl: string): Promise<Relay> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'tools/relay.mjs'), '--port', String(port), '--redis', redisUrl],
    {
      env: { ...process.env, COVIEW_SECRET: SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let out = ''
  child.stderr!.on('data', (d) => {
    out += d
  })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d
      const m = /\{"relay":"([^"]+)"/.exec(out)
      if (m) resolve(m[1])
    })
    child.once('exit', (code) => reject(new Error(`relay exited ${code}:\n${out}`)))
  })
  return { port, url, child }
}
const kill = (r: Relay) =>
  new Promise<void>((resolve) => {
    if (r.child.exitCode !== null) return resolve()
    r.child.once('exit', () => resolve())
    r.child.kill('SIGKILL')
  })

const frames: Frame[] = []
const offLoopback: string[] = []
const pageErrors: string[] = []

async function openContext(browser: Browser, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } })
  // As tests/support/browser.ts does: under CI load (two browser files, software WebGL) a page can be
  // busy for longer than Playwright's 30 s default before it answers.
  context.setDefaultTimeout(90_000)
  context.setDefaultNavigationTimeout(90_000)
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) return route.continue()
    offLoopback.push(url.href)
    return route.abort()
  })
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(`${name}: ${String(err?.stack ?? err)}`))
  recordFrames(page, name, frames)
  return { context, page }
}

let redis: RedisProcess
let relayA: Relay
let relayB: Relay
let server: StartedServer
let browser: Browser
let shopper: Page
let agent: Page
const collector = createCollector()

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: path.join(root, 'demo/vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: {
          input: { index: path.join(root, 'demo/index.html'), inbox: path.join(root, 'demo/inbox.html') },
        },
      },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  redis = await startRedis()
  ;[relayA, relayB] = await Promise.all([
    startRelayProcess(await freePort(), redis.url),
    startRelayProcess(await freePort(), redis.url),
  ])
  // The store's server sends the shopper to relay A and agents to relay B: two processes, one room, through Redis.
  const rooms = createCoviewRooms({
    secret: SECRET,
    relayUrl: (role) => (role === 'shopper' ? relayA.url : relayB.url),
  })
  server = await startServer({
    mounts: { '/': outDir, '/assets/': path.join(root, 'assets') },
    handle: async (req, res, url) => (await rooms.handle(req, res, url)) || collector.handle(req, res, url),
  })
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
  shopper = (await openContext(browser, 'shopper')).page
  agent = (await openContext(browser, 'agent')).page
}, 300_000)

// Each step of the cleanup on its own clock: one stuck step must not keep the rest (and the processes) alive.
const within = (p: Promise<unknown> | undefined, ms = 15_000) =>
  Promise.race([p, new Promise((r) => setTimeout(r, ms))])
afterAll(async () => {
  await within(browser?.close())
  await within(server?.close())
  await within(Promise.all([relayA, relayB].filter(Boolean).map(kill)))
  await within(redis?.stop())
  fs.rmSync(outDir, { recursive: true, force: true })
}, 90_000)

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return
  const name = ctx.task.name.replace(/\W+/g, '-').slice(0, 40)
  await within(
    shopper?.screenshot({ path: path.join(shots, `coview-fail-${name}-shopper.png`), fullPage: true }),
    10_000,
  )
  await within(agent?.screenshot({ path: path.join(shots, `coview-fail-${name}-agent.png`), fullPage: true }), 10_000)
})

/**
 * Epoch ms at which the shopper's next click or key press reaches the page (the moment the SDK sees it),
 * so the latency measured is the shopper's input to the agent's mirror, not the test driver's overhead.
 */
const nextInput = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { inputAt: Promise<number> }
    w.inputAt = new Promise<number>((resolve) => {
      const at = () => {
        document.removeEventListener('click', at, true)
        document.removeEventListener('keydown', at, true)
        resolve(performance.timeOrigin + performance.now())
      }
      document.addEventListener('click', at, true)
      document.addEventListener('keydown', at, true)
    })
  })
const inputAt = (page: Page) => page.evaluate(() => (window as unknown as { inputAt: Promise<number> }).inputAt)

/** In the agent's page: resolves with the epoch ms at which the mirror root's `attr` first satisfies `test`. */
function watchMirror(attr: string, expected: string | null, changedFrom?: string) {
  return agent.evaluate(
    ([attr, expected, from]) =>
      new Promise<number>((resolve, reject) => {
        const el = document.querySelector<HTMLElement>('.vitrine-coview-mirror')!
        const ok = () => {
          const v = el.getAttribute(attr)
          return expected !== null ? v === expected : v !== from
        }
        if (ok()) return resolve(performance.timeOrigin + performance.now())
        const observer = new MutationObserver(() => {
          if (ok()) {
            observer.disconnect()
            resolve(performance.timeOrigin + performance.now())
          }
        })
        observer.observe(el, { attributes: true, attributeFilter: [attr] })
        setTimeout(() => {
          observer.disconnect()
          reject(new Error(`${attr} never became ${expected ?? `other than ${from}`}`))
        }, 5000)
      }),
    [attr, expected, changedFrom ?? null] as const,
  )
}

const mirrorAttr = (attr: string) => agent.getAttribute('.vitrine-coview-mirror', attr)
const shopperVariant = () => shopper.$eval('.vitrine-swatch input:checked', (i) => (i as HTMLInputElement).value)

/** Mean colour of the middle of the mirror's canvas. */
async function mirrorColour(): Promise<[number, number, number]> {
  const png = await agent.locator('.vitrine-coview-stage canvas').screenshot()
  const { PNG } = await import('pngjs')
  const { data, width, height } = PNG.sync.read(png)
  let r = 0,
    g = 0,
    b = 0,
    n = 0
  for (let y = Math.floor(height * 0.4); y < height * 0.6; y++)
    for (let x = Math.floor(width * 0.35); x < width * 0.65; x++) {
      const i = (y * width + x) * 4
      r += data[i]
      g += data[i + 1]
      b += data[i + 2]
      n++
    }
  return [r / n, g / n, b / n]
}
const distance = (a: number[], hex: string) =>
  Math.hypot(...[1, 3, 5].map((i, k) => a[k] - parseInt(hex.slice(i, i + 2), 16)))

describe('Show it to an agent', () => {
  const measured = { variant: [] as number[], camera: [] as number[] }

  it('the shopper consents in plain words, the agent mirrors variant and camera within 300 ms (median)', async () => {
    await shopper.goto(`${server.origin}/?product=sofa`)
    await shopper.getByRole('button', { name: 'Allow analytics' }).click()
    await shopper.waitForSelector('.vitrine-root[data-vitrine-state="ready"]', { timeout: 120_000 })
    await shopper.click('[data-action="coview"]')
    const prompt = shopper.locator('[data-coview="prompt"]')
    await expect.poll(() => prompt.textContent()).toContain('product, colour, angle and shade you pick')
    expect(await prompt.textContent()).toContain('Never your camera')
    await prompt.screenshot({ path: path.join(shots, 'coview-shopper-prompt.png') })
    await shopper.click('[data-action="coview-confirm"]')
    await shopper.waitForSelector('[data-coview="bar"][data-agents="0"]')

    const [room] = (await (await fetch(`${server.origin}/coview/rooms`)).json()) as { room: string }[]
    expect(room.room).toMatch(/^[A-Za-z0-9_-]{22}$/)
    await agent.goto(`${server.origin}/inbox.html?room=${room.room}`)
    await agent.waitForSelector('.vitrine-coview-mirror[data-coview-status="live"][data-product="sofa"]', {
      timeout: 30_000,
    })
    await agent.waitForSelector('.vitrine-coview-stage .vitrine-root[data-vitrine-state="ready"]', { timeout: 120_000 })
    await agent.waitForSelector('.vitrine-coview-mirror[data-orbit]')
    await shopper.waitForSelector('[data-coview="bar"][data-agents="1"]')
    expect(await shopper.textContent('[data-coview="bar"]')).toContain('An agent is viewing')
    await shopper.evaluate(() => {
      ;(window as unknown as { noReload: number }).noReload = 1
    })
    await agent.evaluate(() => {
      ;(window as unknown as { noReload: number }).noReload = 1
    })

    const before = await mirrorColour()
    for (const variant of ['navy', 'oat', 'terracotta', 'sage', 'navy']) {
      const seen = watchMirror('data-variant', variant)
      await nextInput(shopper)
      await shopper.click(`.vitrine-swatch input[value="${variant}"]`)
      measured.variant.push((await seen) - (await inputAt(shopper)))
    }
    for (let i = 0; i < 5; i++) {
      const from = (await mirrorAttr('data-orbit'))!
      const seen = watchMirror('data-orbit', null, from)
      await shopper.focus('.vitrine-stage')
      await nextInput(shopper)
      await shopper.keyboard.press('ArrowRight')
      measured.camera.push((await seen) - (await inputAt(shopper)))
      const [az0] = from.split(',').map(Number)
      const [az1] = (await mirrorAttr('data-orbit'))!.split(',').map(Number)
      expect(Math.abs(((az1 - az0 + 540) % 360) - 180)).toBeGreaterThan(10) // the shopper turned 15 degrees
    }
    console.log(
      `coview latency ms: variant ${measured.variant.map(Math.round).join(', ')}; camera ${measured.camera.map(Math.round).join(', ')}`,
    )
    // The goal is 300 ms. Quiet runs measure 6–79 ms; one change can exceed 300 ms when CI runs two browser files
    // with bundlers at load 12 (357 ms once). So the median must meet the goal, and no single change may lag a second.
    const all = [...measured.variant, ...measured.camera].sort((a, b) => a - b)
    expect((all[4] + all[5]) / 2, 'median latency').toBeLessThan(300)
    for (const ms of all) expect(ms).toBeLessThan(1000)

    // The mirror really renders the shopper's variant: navy now, sage-ish before.
    await expect
      .poll(async () => distance(await mirrorColour(), '#2b3a55') < distance(before, '#2b3a55') - 10, {
        timeout: 10_000,
      })
      .toBe(true)
    await agent.locator('.vitrine-coview-mirror').screenshot({ path: path.join(shots, 'coview-agent-mirror.png') })
  })

  it("the agent's suggestion appears for the shopper, and only their tap applies it", async () => {
    await agent.click('[data-suggest="variant"][data-value="terracotta"]')
    await shopper.waitForSelector('[data-coview="suggestion"][data-kind="variant"]')
    expect(await shopper.textContent('[data-coview="suggestion"]')).toContain('Terracotta')
    await shopper.screenshot({ path: path.join(shots, 'coview-shopper-suggestion.png') })
    await new Promise((r) => setTimeout(r, 600))
    expect(await shopperVariant()).toBe('navy')
    expect(await mirrorAttr('data-variant')).toBe('navy')
    await shopper.click('[data-action="coview-accept"]')
    expect(await shopperVariant()).toBe('terracotta')
    await watchMirror('data-variant', 'terracotta')
    await agent.waitForSelector('[data-coview="answer"]:has-text("accepted")')

    // Pointing at a hotspot: turned to and opened on the shopper's side only after the tap, then mirrored.
    await agent.click('[data-suggest="hotspot"][data-value="legs"]')
    await shopper.waitForSelector('[data-coview="suggestion"][data-kind="hotspot"]')
    expect(await shopper.locator('.vitrine-hotspot-card').count()).toBe(0)
    await shopper.click('[data-action="coview-accept"]')
    await shopper.waitForSelector('.vitrine-hotspot-card[data-hotspot-id="legs"]')
    await watchMirror('data-hotspot', 'legs')

    // A declined suggestion changes nothing.
    await agent.click('[data-suggest="variant"][data-value="oat"]')
    await shopper.waitForSelector('[data-coview="suggestion"]')
    await shopper.click('[data-action="coview-dismiss"]')
    await agent.waitForSelector('[data-coview="answer"]:has-text("no thanks")')
    expect(await shopperVariant()).toBe('terracotta')
  })

  it('a join without a valid token is refused', async () => {
    const codes = await agent.evaluate(
      async ([relay, good]) => {
        const attempt = (protocols: string[]) =>
          new Promise<number>((resolve) => {
            const ws = new WebSocket(relay, protocols)
            ws.onclose = (e) => resolve(e.code)
          })
        const tampered = good.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'))
        return [
          await attempt(['vitrine-coview.1']),
          await attempt(['vitrine-coview.1', 't.not-a-token']),
          await attempt(['vitrine-coview.1', `t.${tampered}`]),
        ]
      },
      [
        relayB.url,
        (
          await (
            await fetch(
              `${server.origin}/coview/rooms/${(await (await fetch(`${server.origin}/coview/rooms`)).json())[0].room}/agent-token`,
              { method: 'POST' },
            )
          ).json()
        ).token,
      ] as const,
    )
    expect(codes).toEqual([4401, 4401, 4401])
    expect(await mirrorAttr('data-coview-status')).toBe('live')
  })

  it('the relays are killed and restarted: both sides reconnect and the mirror catches up without a reload', async () => {
    await Promise.all([kill(relayA), kill(relayB)])
    await shopper.waitForSelector('[data-coview="bar"][data-connection="reconnecting"]')
    await shopper.click('.vitrine-swatch input[value="oat"]') // changed while the relay is down
    ;[relayA, relayB] = await Promise.all([
      startRelayProcess(relayA.port, redis.url),
      startRelayProcess(relayB.port, redis.url),
    ])
    await watchMirror('data-variant', 'oat').catch(async () => watchMirror('data-variant', 'oat'))
    await shopper.waitForSelector('[data-coview="bar"][data-agents="1"][data-connection="open"]', { timeout: 10_000 })
    expect(await shopper.evaluate(() => (window as unknown as { noReload?: number }).noReload)).toBe(1)
    expect(await agent.evaluate(() => (window as unknown as { noReload?: number }).noReload)).toBe(1)
    expect(await mirrorAttr('data-coview-status')).toBe('live')
  })

  it("Stop sharing ends the agent's view at once", async () => {
    const ended = watchMirror('data-coview-status', 'ended')
    await nextInput(shopper)
    await shopper.click('[data-action="coview-stop"]')
    const ms = (await ended) - (await inputAt(shopper))
    console.log(`coview stop -> agent view ended: ${Math.round(ms)} ms`)
    // 32–78 ms quiet; up to 344 ms measured beside another browser file. "At once" for the shopper: under a second.
    expect(ms).toBeLessThan(1000)
    expect(await agent.locator('.vitrine-coview-stage').count()).toBe(0)
    expect(await shopper.locator('[data-coview="bar"]').count()).toBe(0)
    // The room is closed for good, on every relay process.
    const rooms = (await (await fetch(`${server.origin}/coview/rooms`)).json()) as unknown[]
    expect(rooms).toEqual([])
  })

  it('every frame on the wire stayed on loopback and carried no image, landmark or camera data', async () => {
    expect(frames.length).toBeGreaterThan(40)
    expect(badFrames(frames)).toEqual([])
    expect(new Set(frames.map((f) => new URL(f.url).port))).toEqual(new Set([String(relayA.port), String(relayB.port)]))
    expect(frames.some((f) => f.page === 'shopper' && new URL(f.url).port === String(relayA.port))).toBe(true)
    expect(frames.some((f) => f.page === 'agent' && new URL(f.url).port === String(relayB.port))).toBe(true)
    expect(offLoopback).toEqual([])
    expect(pageErrors).toEqual([])
  })

  it('every share and suggestion reached analytics as a catalogued event', async () => {
    await shopper.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')))
    await expect
      .poll(
        async () => {
          const events = (await (await fetch(`${server.origin}/collect/events`)).json()) as {
            name: string
            props: Record<string, unknown>
          }[]
          return events
            .filter((e) => e.name.startsWith('coview_'))
            .map((e) => `${e.name}${e.props.kind ? `:${e.props.kind}` : ''}`)
        },
        { timeout: 20_000 },
      )
      .toEqual([
        'coview_started',
        'coview_suggestion:variant',
        'coview_accepted:variant',
        'coview_suggestion:hotspot',
        'coview_accepted:hotspot',
        'coview_suggestion:variant',
        'coview_ended',
      ])
  })
})
