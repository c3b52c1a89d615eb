// Drives the element page of the matrix (<vitrine-product> tags, no bundler): the same
// readings as visit.ts takes of the React store page, found through the elements'
// reflected attributes and their open shadow roots, plus the events the config block
// sends to the collector. Playwright's CSS selectors pierce open shadow roots.
import jsQR from 'jsqr'
import path from 'node:path'
import { decodePng, type Session } from '../support/browser'
import type { Target } from './apps'
import { SHARED_ASSETS } from './runner'
import {
  consoleTail,
  measureViewer,
  recordScripts,
  snapshotTryOn,
  visitWith,
  type EventsResult,
  type TryOnResult,
  type ViewerResult,
  type Visit,
} from './visit'

const WAIT_MS = 90_000
/** The element's viewer has rounded corners (--vitrine-radius, 14 px): measured inside them. */
const CORNER_PX = 16
/** The face photo the shopper picks: the one the React store's try-on paints too. */
const FACE = 'faces/face-001.jpg'
/** The shade's colour (#1a3ad0): a pixel painted with it is blue where no lips are. */
const isBlue = (r: number, g: number, b: number) => b > 110 && b - r > 60 && b - g > 40

const hostState = (session: Session, id: string, attr: string) =>
  session.page.evaluate(([i, a]) => document.getElementById(i)?.getAttribute(a) ?? 'absent', [id, attr] as const)
/** The element's visible text, its shadow root included (where its messages are). */
const elementText = (session: Session, id: string) =>
  session.page.evaluate((i) => {
    const root = document.getElementById(i)?.shadowRoot
    const parts = [...(root?.children ?? [])].filter((el) => el.tagName !== 'STYLE') as HTMLElement[]
    return parts
      .map((el) => el.innerText)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300)
  }, id)

/**
 * gzip bytes of JS the element page with one poster (`loading="interaction"`) has received when that
 * poster image has loaded. The poster is in a shadow root, whose load event the page cannot see:
 * its resource timing says when it arrived.
 */
export async function elementJsBeforePoster(session: Session, target: Target): Promise<number | null> {
  let posterAt: number | null = null
  const scripts = await recordScripts(session, async () => {
    const { page } = session
    await page.goto(target.page.origin + target.posterPath, { waitUntil: 'load', timeout: 60_000 })
    posterAt = await page
      .waitForFunction(
        () => {
          const img = document.querySelector('vitrine-product')?.shadowRoot?.querySelector('img.vitrine-poster')
          if (!(img instanceof HTMLImageElement) || !img.complete || !img.naturalWidth) return null
          const entry = performance.getEntriesByName(img.currentSrc)[0] as PerformanceResourceTiming | undefined
          return entry ? performance.timeOrigin + entry.responseEnd : null
        },
        null,
        { timeout: 30_000 },
      )
      .then((h) => h.jsonValue() as Promise<number>)
      .catch(() => null)
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  })
  await session.page.goto('about:blank').catch(() => {})
  return posterAt === null ? null : scripts.filter((s) => s.endedAt <= posterAt!).reduce((n, s) => n + s.gzipBytes, 0)
}

/** The element page: two viewers and the try-on at once, then the QR hand-off, then the collector. */
export function visitElement(session: Session, target: Target): Promise<Visit> {
  return visitWith(session, target, async (result) => {
    const [draco, ktx2, tryon] = await Promise.all([
      readElementViewer(session, 'draco'),
      readElementViewer(session, 'ktx2'),
      readElementTryOn(session),
    ])
    result.viewers = { draco, ktx2 }
    result.tryon = tryon
    for (const [id, r] of Object.entries(result.viewers)) await measureViewer(session, id, r, CORNER_PX)
    result.qr = await readElementQr(session)
    result.events = await readCollected(session, target)
  })
}

/** Waits for the element's reflected `data-vitrine-state` to settle on ready or error. */
async function readElementViewer(session: Session, id: string): Promise<ViewerResult> {
  try {
    await session.page.waitForFunction(
      (i) => ['ready', 'error'].includes(document.getElementById(i)?.getAttribute('data-vitrine-state') ?? ''),
      id,
      { timeout: WAIT_MS },
    )
  } catch {
    return {
      state: await hostState(session, id, 'data-vitrine-state'),
      problem: `not settled after ${WAIT_MS / 1000} s${consoleTail(session)}`,
    }
  }
  const state = await hostState(session, id, 'data-vitrine-state')
  if (state === 'ready') return { state }
  return { state, problem: `${await hostState(session, id, 'data-vitrine-error')}: ${await elementText(session, id)}` }
}

/**
 * "Try it on", then a face photo through the try-on's own file input, as a shopper without a camera
 * picks one. Then what the photo shows: the shade's blue on some pixels, not over the whole face.
 */
async function readElementTryOn(session: Session): Promise<TryOnResult> {
  const { page } = session
  try {
    await page.locator('#tryon').getByRole('button', { name: 'Try it on' }).first().click({ timeout: WAIT_MS })
    await page.locator('#tryon [data-testid=tryon-photo-input]').setInputFiles(path.join(SHARED_ASSETS, FACE), {
      timeout: WAIT_MS,
    })
    await page.waitForFunction(
      () => {
        const host = document.getElementById('tryon')
        const mode = host?.shadowRoot?.querySelector('[data-tryon-mode]')?.getAttribute('data-tryon-mode')
        const status = host?.getAttribute('data-tryon-status') ?? ''
        return mode === 'photo' && ['tracking', 'no-face', 'error'].includes(status)
      },
      null,
      { timeout: WAIT_MS },
    )
  } catch (err) {
    return {
      status: await hostState(session, 'tryon', 'data-tryon-status'),
      problem: `${String((err as Error)?.message ?? err).split('\n')[0]}${consoleTail(session)}`,
    }
  }
  const status = await hostState(session, 'tryon', 'data-tryon-status')
  if (status !== 'tracking') return { status, problem: await elementText(session, 'tryon') }
  try {
    const shot = await snapshotTryOn(session, 'tryon', '.vitrine-tryon-stage canvas', `/shared/${FACE}`)
    if (!shot) return { status, problem: 'tracking, but no try-on canvas to measure' }
    const png = (d: string) => decodePng(Buffer.from(d.split(',')[1], 'base64'))
    const [before, after] = await Promise.all([png(shot.before), png(shot.after)])
    let painted = 0
    for (let i = 0; i < after.data.length; i += 4) {
      const d = after.data
      const b = before.data
      if (isBlue(d[i], d[i + 1], d[i + 2]) && !isBlue(b[i], b[i + 1], b[i + 2])) painted++
    }
    return { status, mode: 'photo', paintedPixels: painted, paintedShare: painted / (after.width * after.height) }
  } catch (err) {
    return { status, problem: `measuring failed: ${String((err as Error)?.message ?? err).split('\n')[0]}` }
  } finally {
    // Try-on takes the whole screen, as on a phone: the shopper closes it to go on shopping.
    await closeTryOn(session).catch(() => {})
  }
}

async function closeTryOn(session: Session) {
  const dialog = session.page.locator('#tryon .vitrine-dialog')
  await dialog.locator('header button').click({ timeout: 10_000 })
  await dialog.waitFor({ state: 'detached', timeout: 10_000 })
}

/** Desktop Chromium has no WebXR: the element's "View in your room" must offer the QR hand-off. */
async function readElementQr(session: Session): Promise<{ url?: string; problem?: string }> {
  const { page } = session
  try {
    // The shell's button says "pending" until the live preview knows the mode.
    const button = page.locator('#ar [data-vitrine-ar-button]:not([data-vitrine-ar-button=pending])')
    await button.first().waitFor({ timeout: WAIT_MS })
    const mode = await button.first().getAttribute('data-vitrine-ar-button')
    if (mode !== 'qr') return { problem: `desktop Chromium was offered "${mode}", not the QR hand-off` }
    await button.first().click()
    const img = page.locator('#ar img[data-vitrine-qr-image]')
    await img.waitFor({ timeout: 20_000 })
    const src = await img.getAttribute('src')
    if (!src) return { problem: `no QR image: ${await elementText(session, 'ar')}` }
    const decoded = await decodePng(Buffer.from(src.split(',')[1], 'base64'))
    const code = jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height)
    return code ? { url: code.data } : { problem: 'the QR image does not decode' }
  } catch (err) {
    return { problem: `${String((err as Error)?.message ?? err).split('\n')[0]} (${await elementText(session, 'ar')})` }
  }
}

/** Every event the page saw as a DOM event, looked for at the collector (bounded wait). */
async function readCollected(session: Session, target: Target): Promise<EventsResult> {
  const collector = target.collector
  if (!collector) return { dom: [], collected: [], problem: 'the page has no collector' }
  const key = (e: { name?: unknown; productId?: unknown }) => `${String(e.name)}:${String(e.productId)}`
  const dom = async () =>
    [
      ...new Set(
        (
          await session.page.evaluate(
            () => (window as unknown as { __shop: { events: { name: string; productId: string }[] } }).__shop.events,
          )
        ).map(key),
      ),
    ].sort()
  const collected = () => [...new Set(collector.events().map(key))].sort()
  const deadline = Date.now() + 20_000
  let seen = await dom()
  while (Date.now() < deadline) {
    seen = await dom()
    const got = collected()
    if (seen.length && seen.every((k) => got.includes(k))) break
    await session.page.waitForTimeout(250)
  }
  return { dom: seen, collected: collected() }
}
