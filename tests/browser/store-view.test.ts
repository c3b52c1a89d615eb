// The demo inbox's Store view: a funnel from the collector's events, by
// product, with conversion between steps. Real page build, real collector,
// real events stamped by the tracker; screenshot saved for a look.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { startServer, type StartedServer } from '../../tools/serve.mjs'
import { createCollector } from '../../tools/collector.mjs'
import { vitrineAliases } from '../../tools/aliases'
import { createTracker, callback, type VitrineEvent } from '../../src/events'
import { useSession } from '../support/session'

const root = path.resolve(import.meta.dirname, '../..')
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-store-view-'))
const collector = createCollector()
let server: StartedServer

beforeAll(async () => {
  await build({
    configFile: false,
    root: path.join(root, 'demo'),
    base: './',
    logLevel: 'warn',
    resolve: { alias: vitrineAliases },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { 'inbox-store': path.join(root, 'demo/inbox-store.html') } },
    },
  })
  server = await startServer({
    mounts: { '/': outDir, '/assets/': path.join(root, 'assets') },
    handle: collector.handle,
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
  fs.rmSync(outDir, { recursive: true, force: true })
})

/** Sessions as the tracker stamps them: each a fresh tracker (its own sessionId). */
async function session(steps: [string, string, Record<string, unknown>?][]): Promise<VitrineEvent[]> {
  const out: VitrineEvent[] = []
  const t = createTracker({ consent: true, identity: false, destinations: [callback((e) => out.push(e))] })
  for (const [name, productId, props] of steps) {
    t.track({
      name,
      productId,
      surface:
        name.startsWith('tryon') || name === 'shade_selected' ? 'tryon' : name.startsWith('ar') ? 'ar' : 'viewer',
      props: props as never,
    })
  }
  await t.flush()
  t.close()
  return out
}

async function post(batch: VitrineEvent[]) {
  const res = await fetch(`${server.origin}/collect`, {
    method: 'POST',
    body: JSON.stringify({ schema: 1, sentAt: Date.now(), batch }),
  })
  expect(res.status).toBe(204)
}

describe('Store view funnel', () => {
  const s = useSession({ viewport: { width: 1100, height: 760 } })

  it('shows each product funnel with sessions per step and conversion between steps', async () => {
    const events: VitrineEvent[] = []
    const placed = { surface: 'floor', distance_m: 2, x: 0, y: 0, z: -2 }
    const cart = { quantity: 1, price: 899, currency: 'EUR' }
    for (let i = 0; i < 10; i++) {
      const steps: [string, string, Record<string, unknown>?][] = [
        ['preview_shown', 'sofa'],
        ['model_loaded', 'sofa', { load_ms: 800 }],
      ]
      steps.push(['ar_offered', 'sofa', i < 8 ? { mode: 'webxr' } : { mode: null }]) // 2 devices without AR
      if (i < 3) steps.push(['ar_placed', 'sofa', placed])
      if (i < 2) steps.push(['add_to_cart', 'sofa', cart])
      steps.push(['model_loaded', 'sofa', { load_ms: 500 }]) // a second view in the same session counts once
      events.push(...(await session(steps)))
    }
    for (let i = 0; i < 6; i++) {
      const steps: [string, string, Record<string, unknown>?][] = [
        ['tryon_started', 'lipstick-satin', { mode: 'live' }],
      ]
      if (i < 5) steps.push(['shade_selected', 'lipstick-satin'])
      if (i < 1) steps.push(['add_to_cart', 'lipstick-satin', { quantity: 1, price: 24, currency: 'EUR' }])
      events.push(...(await session(steps)))
    }
    collector.reset()
    await post(events.slice(0, 40))
    await post(events.slice(20)) // an overlapping re-send: the collector keeps one copy per id
    expect(collector.stats()).toMatchObject({ unique: events.length, duplicates: 20 })

    const { page } = s
    await page.goto(`${server.origin}/inbox-store.html`)
    await page.waitForFunction((n) => document.body.dataset.rendered === String(n), events.length, { timeout: 20_000 })
    const read = () =>
      page.$$eval('.funnel', (cards) =>
        cards.map((c) => ({
          product: (c as HTMLElement).dataset.product,
          title: c.querySelector('h2')!.textContent,
          notOffered: (c as HTMLElement).dataset.notOffered,
          steps: [...c.querySelectorAll<HTMLElement>('.step')].map((li) => [
            li.dataset.step,
            Number(li.dataset.sessions),
            li.dataset.conversion ?? null,
          ]),
        })),
      )
    const cards = await read()
    expect(cards.map((c) => c.product)).toEqual(['sofa', 'lipstick-satin'])
    expect(cards[0].title).toBe(
      JSON.parse(fs.readFileSync(path.join(root, 'assets/products.json'), 'utf8')).find(
        (p: { id: string }) => p.id === 'sofa',
      ).name,
    )
    expect(cards[0].steps).toEqual([
      ['viewed_3d', 10, null],
      ['ar_offered', 8, '80%'],
      ['ar_placed', 3, '38%'],
      ['added_to_cart', 2, '67%'],
    ])
    expect(cards[0].notOffered).toBe('tryon_started,shade_chosen')
    expect(cards[1].steps).toEqual([
      ['tryon_started', 6, null],
      ['shade_chosen', 5, '83%'],
      ['added_to_cart', 1, '20%'],
    ])
    expect(cards[1].notOffered).toBe('viewed_3d,ar_offered,ar_placed')
    // Bars are drawn to scale: AR placed is 3/10 of the widest bar.
    const widths = await page.$$eval('.funnel[data-product="sofa"] .fill', (f) =>
      f.map((x) => (x as HTMLElement).getBoundingClientRect().width),
    )
    expect(widths[2] / widths[0]).toBeCloseTo(0.3, 1)

    // Live: a new session shows up on the next poll.
    await post(
      await session([
        ['model_loaded', 'sofa', { load_ms: 700 }],
        ['add_to_cart', 'sofa', cart],
      ]),
    )
    await page.waitForFunction(
      () =>
        document
          .querySelector('.funnel[data-product="sofa"] [data-step="viewed_3d"]')
          ?.getAttribute('data-sessions') === '11',
      null,
      { timeout: 10_000 },
    )

    const shot = path.join(root, '.vitrine/store-view.png')
    fs.mkdirSync(path.dirname(shot), { recursive: true })
    await page.screenshot({ path: shot, fullPage: true })
  })
})
