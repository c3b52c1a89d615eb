// Opens one consumer page in the shared Chromium and reads back everything the
// checks need in one pass: viewer states and pixels, try-on paint, the QR
// hand-off, requests (JS bytes, off-loopback) and page errors.
import jsQR from 'jsqr'
import path from 'node:path'
import type { Request } from 'playwright-core'
import { decodePng, type Session } from '../support/browser'
import { measureCoverage } from '../support/viewer'
import { paintStats, type Lips } from '../browser/tryonPixels'
import type { Target } from './apps'
import { REPO } from './runner'

/** Where each consumer page's screenshot lands (gitignored). */
export const SCREENSHOTS = path.join(REPO, '.vitrine/consumers')

export interface ViewerResult {
  state: string
  problem?: string
  coverage?: number
}
export interface TryOnResult {
  status: string
  problem?: string
  lipPixels?: number
  covered?: number
  outside?: number
  /** The element page, which has no try-on handle for lip contours: photo mode, and pixels in the shade's blue. */
  mode?: string
  paintedPixels?: number
  paintedShare?: number
}
/** Events the page saw as DOM events and those that arrived at the collector, as `name:productId`. */
export interface EventsResult {
  dom: string[]
  collected: string[]
  problem?: string
}
export interface ScriptResponse {
  url: string
  gzipBytes: number
  endedAt: number
}
export interface Visit {
  problem?: string
  viewers: Record<string, ViewerResult>
  tryon?: TryOnResult
  qr?: { url?: string; problem?: string }
  events?: EventsResult
  scripts: ScriptResponse[]
  offLoopback: string[]
  pageErrors: string[]
  consoleErrors: string[]
}

const WAIT_MS = 90_000
/** Chrome in screenshots of a viewer: only the product is measured. */
const HIDE_CHROME = '.vitrine-prompt,.vitrine-toolbar-corner,.vitrine-toolbar,.vitrine-poster{display:none!important}'

/** Registers the poster probe once per browser context (init scripts are not subject to the page's CSP). */
export async function installPosterProbe(session: Session) {
  await session.context.addInitScript(() => {
    document.addEventListener(
      'load',
      (e) => {
        const img = e.target
        const w = window as unknown as { __posterAt?: number }
        if (img instanceof HTMLImageElement && img.classList.contains('vitrine-poster') && !w.__posterAt) {
          w.__posterAt = performance.timeOrigin + performance.now()
        }
      },
      true,
    )
  })
}

async function describeScript(req: Request): Promise<ScriptResponse | null> {
  const res = await req.response()
  if (!res) return null
  const type = res.headers()['content-type'] ?? ''
  if (!/javascript|ecmascript/.test(type) && req.resourceType() !== 'script') return null
  const sizes = await req.sizes()
  const timing = req.timing()
  const endedAt = timing.responseEnd >= 0 ? timing.startTime + timing.responseEnd : Date.now()
  // Our servers gzip JS: the encoded body size is the gzip bytes the page received.
  return { url: req.url(), gzipBytes: sizes.responseBodySize, endedAt }
}

/** Records the JS responses of whatever runs inside `fn`. */
export async function recordScripts(session: Session, fn: () => Promise<void>): Promise<ScriptResponse[]> {
  const pending: Promise<ScriptResponse | null>[] = []
  const onFinished = (req: Request) => {
    pending.push(describeScript(req).catch(() => null))
  }
  session.context.on('requestfinished', onFinished)
  try {
    await fn()
  } finally {
    session.context.off('requestfinished', onFinished)
  }
  return (await Promise.all(pending)).filter((s): s is ScriptResponse => s !== null)
}

/**
 * gzip bytes of JS a page with one poster (3D on interaction) has received when the poster has loaded:
 * what a store's product page pays before the shopper sees anything of ours.
 */
export async function jsBeforePoster(session: Session, target: Target): Promise<number | null> {
  let posterAt: number | null = null
  const scripts = await recordScripts(session, async () => {
    await session.page.goto(target.page.origin + target.posterPath, { waitUntil: 'load', timeout: 60_000 })
    posterAt = await session.page
      .waitForFunction(() => (window as unknown as { __posterAt?: number }).__posterAt, null, { timeout: 30_000 })
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null)
    await session.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  })
  await session.page.goto('about:blank').catch(() => {})
  return posterAt === null ? null : scripts.filter((s) => s.endedAt <= posterAt!).reduce((n, s) => n + s.gzipBytes, 0)
}

/**
 * Opens the target's page and runs `drive` on it (which fills in the readings), recording around it the
 * JS received, requests that left loopback and page errors; then a screenshot, and the page is left.
 */
export async function visitWith(
  session: Session,
  target: Target,
  drive: (result: Visit) => Promise<void>,
): Promise<Visit> {
  const { page } = session
  const from = {
    off: session.offLoopback.length,
    errors: session.pageErrors.length,
    console: session.consoleErrors.length,
  }
  const result: Visit = { viewers: {}, scripts: [], offLoopback: [], pageErrors: [], consoleErrors: [] }
  result.scripts = await recordScripts(session, async () => {
    try {
      await page.goto(target.page.origin + target.path, { waitUntil: 'load', timeout: 60_000 })
      await drive(result)
      await screenshotPage(session, target)
    } catch (err) {
      result.problem = String((err as Error)?.message ?? err)
    }
  })
  result.offLoopback = session.offLoopback.slice(from.off)
  result.pageErrors = session.pageErrors.slice(from.errors)
  result.consoleErrors = session.consoleErrors.slice(from.console)
  // Leave the page, so its workers and pending loads stop before the next target.
  await page.goto('about:blank').catch(() => {})
  return result
}

/** The React store page: its viewers, try-on and AR section, as far as the target has them. */
export function visit(session: Session, target: Target): Promise<Visit> {
  return visitWith(session, target, async (result) => {
    const jobs: Promise<void>[] = []
    for (const id of ['draco', 'ktx2'].filter((p) => target.parts.includes(p))) {
      jobs.push(
        readViewer(session, id).then((r) => {
          result.viewers[id] = r
        }),
      )
    }
    if (target.parts.includes('tryon'))
      jobs.push(
        readTryOn(session).then((r) => {
          result.tryon = r
        }),
      )
    await Promise.all(jobs)
    for (const [id, r] of Object.entries(result.viewers)) await measureViewer(session, id, r)
    if (target.parts.includes('ar')) result.qr = await readQr(session)
  })
}

/** Waits briefly for late errors from what just ran, then saves what the page looked like, for whoever reads a failure. */
export async function screenshotPage(session: Session, target: Target) {
  await session.page.waitForTimeout(300)
  await session.page.screenshot({
    path: path.join(SCREENSHOTS, `${target.id.replace(/[^a-z0-9]+/gi, '-')}.png`),
    fullPage: true,
  })
}

/** The last console errors, shortened: why something never settled is often only there. */
export const consoleTail = (session: Session) => {
  const last = session.consoleErrors.slice(-3).map((e) => e.slice(0, 200))
  return last.length ? `; console: ${last.join(' | ')}` : ''
}
const stateOf = (session: Session, selector: string, attr: string) =>
  session.page.evaluate(([s, a]) => document.querySelector(s)?.getAttribute(a) ?? 'absent', [selector, attr] as const)
const textOf = (session: Session, selector: string) =>
  session.page.evaluate(
    (s) => (document.querySelector(s) as HTMLElement | null)?.innerText.trim().slice(0, 400) ?? '',
    selector,
  )

async function readViewer(session: Session, id: string): Promise<ViewerResult> {
  const root = `#${id} .vitrine-root`
  try {
    await session.page.waitForFunction(
      (s) => {
        const st = document.querySelector(s)?.getAttribute('data-vitrine-state')
        return st === 'ready' || st === 'error'
      },
      root,
      { timeout: WAIT_MS },
    )
  } catch {
    return {
      state: await stateOf(session, root, 'data-vitrine-state'),
      problem: `not settled after ${WAIT_MS / 1000} s${consoleTail(session)}`,
    }
  }
  const state = await stateOf(session, root, 'data-vitrine-state')
  if (state !== 'ready') {
    const code = await stateOf(session, root, 'data-vitrine-error')
    return { state, problem: `${code}: ${await textOf(session, `#${id}`)}` }
  }
  return { state }
}

/**
 * Share of a ready viewer's pixels that are not background; taken once nothing else is loading.
 * `inset` px are left out on each side: a viewer with rounded corners shows the page there, and the
 * first pixel must be the viewer's own background.
 */
export async function measureViewer(session: Session, id: string, r: ViewerResult, inset = 0): Promise<void> {
  if (r.state !== 'ready') return
  try {
    const outer = await session.page.locator(`#${id} .vitrine-root`).first().boundingBox()
    if (!outer) throw new Error('the viewer has no box on screen')
    const box = {
      x: outer.x + inset,
      y: outer.y + inset,
      width: outer.width - 2 * inset,
      height: outer.height - 2 * inset,
    }
    // A clip, not an element screenshot: no waiting for the element to be "stable" while other parts load.
    const png = await session.page.screenshot({ clip: box, style: HIDE_CHROME })
    r.coverage = (await measureCoverage(png)).coverage
  } catch (err) {
    r.problem = `screenshot failed: ${String((err as Error)?.message ?? err).split('\n')[0]}`
  }
}

async function readTryOn(session: Session): Promise<TryOnResult> {
  const sel = '#tryon [data-tryon-status]'
  const settled = ['tracking', 'no-face', 'error', 'denied']
  try {
    await session.page.waitForFunction(
      ([s, w]) => w.includes(document.querySelector(s)?.getAttribute('data-tryon-status') ?? ''),
      [sel, settled] as const,
      { timeout: WAIT_MS },
    )
  } catch {
    return {
      status: await stateOf(session, sel, 'data-tryon-status'),
      problem: `not settled after ${WAIT_MS / 1000} s${consoleTail(session)}`,
    }
  }
  const status = await stateOf(session, sel, 'data-tryon-status')
  if (status !== 'tracking') return { status, problem: await textOf(session, '#tryon') }
  return measurePaint(session, status).catch((err) => ({
    status,
    problem: `measuring failed: ${String(err?.message ?? err).split('\n')[0]}`,
  }))
}

/**
 * The try-on canvas as drawn, and the photo drawn at the same size, as PNG data URLs: the pair that
 * tells painted pixels from the photo's own. `shadowHost` is the id of the element whose shadow root
 * holds the canvas (the element page), or null when it is in the document.
 */
export async function snapshotTryOn(session: Session, shadowHost: string | null, canvas: string, photo: string) {
  return session.page.evaluate(
    async ([host, selector, url]) => {
      const root = host ? document.getElementById(host)?.shadowRoot : document
      const gl = root?.querySelector(selector) as HTMLCanvasElement | null
      if (!gl) return null
      const c = document.createElement('canvas')
      c.width = gl.width
      c.height = gl.height
      const ctx = c.getContext('2d')!
      ctx.drawImage(gl, 0, 0)
      const after = c.toDataURL('image/png')
      const img = new Image()
      img.src = url
      await img.decode()
      ctx.drawImage(img, 0, 0, c.width, c.height)
      return { after, before: c.toDataURL('image/png') }
    },
    [shadowHost, canvas, photo] as const,
  )
}

async function measurePaint(session: Session, status: string): Promise<TryOnResult> {
  const lips = await session.page.evaluate(() => {
    const shop = (window as unknown as { __shop: { tryonLips?: () => unknown } }).__shop
    return shop.tryonLips?.() ?? null
  })
  const shot = await snapshotTryOn(session, null, '#tryon .vitrine-tryon-stage canvas', '/faces/face-001.jpg')
  if (!shot || !lips) return { status, problem: 'tracking, but no try-on handle, canvas or lip contours to measure' }
  const png = async (d: string) => decodePng(Buffer.from(d.split(',')[1], 'base64'))
  const st = paintStats(await png(shot.before), await png(shot.after), lips as Lips)
  return {
    status,
    lipPixels: st.lipPixels,
    covered: st.lipPainted / st.lipPixels,
    outside: st.paintedOutside / Math.max(1, st.paintedTotal),
  }
}

async function readQr(session: Session): Promise<{ url?: string; problem?: string }> {
  const { page } = session
  try {
    await page.waitForSelector('#ar [data-vitrine-ar-button], #ar [data-vitrine-ar-unsupported]', { timeout: 30_000 })
    const button = await page.$('#ar [data-vitrine-ar-button]')
    if (!button) return { problem: `no AR button: ${await textOf(session, '#ar')}` }
    const mode = await button.getAttribute('data-vitrine-ar-button')
    if (mode !== 'qr') return { problem: `desktop Chromium was offered "${mode}", not the QR hand-off` }
    await button.click()
    const img = await page.waitForSelector('#ar img[data-vitrine-qr-image], #ar [data-vitrine-ar-error]', {
      timeout: 20_000,
    })
    const src = await img.getAttribute('src')
    if (!src) return { problem: `no QR image: ${await textOf(session, '#ar')}` }
    const decoded = await decodePng(Buffer.from(src.split(',')[1], 'base64'))
    const code = jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height)
    return code ? { url: code.data } : { problem: 'the QR image does not decode' }
  } catch (err) {
    return { problem: `${String((err as Error)?.message ?? err).split('\n')[0]} (${await textOf(session, '#ar')})` }
  }
}

/** gzip bytes of all JS the full page received (both models, try-on, the QR hand-off). */
export const jsTotal = (v: Visit) => v.scripts.reduce((n, s) => n + s.gzipBytes, 0)
