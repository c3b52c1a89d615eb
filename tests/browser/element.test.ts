// <vitrine-product> from the self-contained build on a plain HTML page (no
// bundler, no React on the page): built here from vite.element.config.ts,
// served on loopback with a real collector, driven in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type { Page } from 'playwright-core'
import { startServer, type StartedServer } from '../../tools/serve.mjs'
import { createCollector } from '../../tools/collector.mjs'
import { buildElement } from '../../tools/elementBuild.mjs'
import { decodePng } from '../support/browser'
import { useSession } from '../support/session'

const root = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-element-'))
const collector = createCollector()
const session = useSession({ viewport: { width: 900, height: 900 } })
let server: StartedServer
let built: Awaited<ReturnType<typeof buildElement>>

const products = JSON.parse(fs.readFileSync(path.join(root, 'assets/products.json'), 'utf8')) as Record<string, any>[]
const rooted = (p?: string) => (p ? `/${p}` : p)

/** A store's plain page: one config block, one script tag from its own host, the elements. */
function page(name: string, body: string, consent = 'granted') {
  fs.writeFileSync(
    path.join(work, 'site', name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,">
<script type="application/json" id="vitrine-config">
{"events":{"destinations":[{"type":"http","url":"/collect","flushIntervalMs":200}],"consent":"${consent}"}}
</script>
<script type="module" src="/vitrine/element/vitrine-product.js"></script>
<style>body{margin:0;font-family:system-ui} main{max-width:720px;margin:0 auto;padding:16px}</style>
</head><body><main>${body}</main></body></html>`,
  )
}

beforeAll(async () => {
  built = await buildElement(root, path.join(work, 'vitrine'))
  fs.mkdirSync(path.join(work, 'site/catalog'), { recursive: true })
  for (const p of products) {
    const manifest = p.model
      ? { ...p, model: { ...p.model, src: rooted(p.model.src), poster: rooted(p.model.poster) } }
      : p
    fs.writeFileSync(path.join(work, 'site/catalog', `${p.id}.json`), JSON.stringify(manifest))
  }
  fs.writeFileSync(
    path.join(work, 'site/catalog/broken.json'),
    JSON.stringify({
      id: 'broken',
      name: 'Broken',
      price: { amount: 10, currency: 'euro' },
      kind: 'object',
      model: { src: '/x.glb', alt: 'x' },
    }),
  )
  fs.writeFileSync(path.join(work, 'site/catalog/not-json.json'), '<html>oops</html>')
  page(
    'poster.html',
    '<vitrine-product product-src="/catalog/sofa.json" loading="interaction" actions="ar cart"></vitrine-product>',
  )
  page(
    'lazy.html',
    '<div style="height:2400px">Scroll down</div><vitrine-product product-src="/catalog/armchair.json"></vitrine-product>',
  )
  page(
    'slots.html',
    `<vitrine-product product-src="/catalog/sofa.json" loading="interaction" actions="ar cart">
      <img slot="poster" src="/assets/posters/armchair.webp" alt="The store's own poster">
      <div slot="progress-bar" id="own-bar" style="height:8px;background:#7a2341"></div>
      <button slot="ar-button" type="button" id="own-ar">See it at home</button>
    </vitrine-product>`,
  )
  page(
    'bad.html',
    `
    <vitrine-product id="missing" product-src="/catalog/does-not-exist.json"></vitrine-product>
    <vitrine-product id="invalid" product-src="/catalog/broken.json"></vitrine-product>
    <vitrine-product id="not-json" product-src="/catalog/not-json.json"></vitrine-product>
    <vitrine-product id="attr" product-src="/catalog/sofa.json" loading="sometimes" actions="ar teleport"></vitrine-product>
    <vitrine-product id="none"></vitrine-product>`,
  )
  server = await startServer({
    mounts: {
      '/vitrine/': path.join(work, 'vitrine'),
      '/assets/': path.join(root, 'assets'),
      '/': path.join(work, 'site'),
    },
    handle: collector.handle,
  })
  // Every page of this file records the element's DOM events from the start.
  await session.context.addInitScript(() => {
    const w = window as unknown as { __events: unknown[]; __errors: unknown[] }
    w.__events = []
    w.__errors = []
    document.addEventListener('vitrine-event', (e) => w.__events.push((e as CustomEvent).detail), true)
    document.addEventListener(
      'vitrine-error',
      (e) => w.__errors.push({ id: (e.target as Element).id, ...(e as CustomEvent).detail }),
      true,
    )
  })
})

afterAll(async () => {
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

const gz = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length

/** Gzip bytes of every JS response whose request started before the first poster request. */
async function jsBeforePoster(p: Page, bodies: Map<string, Buffer>) {
  const entries = await p.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
  )
  const posterAt = Math.min(...entries.filter((e) => e.name.includes('/posters/')).map((e) => e.start))
  const js = entries.filter((e) => e.start < posterAt && bodies.has(e.name))
  return {
    posterAt,
    files: js.map((e) => new URL(e.name).pathname),
    gzip: js.reduce((n, e) => n + gz(bodies.get(e.name)!), 0),
  }
}

function recordJs(p: Page) {
  const bodies = new Map<string, Buffer>()
  const pending: Promise<unknown>[] = []
  p.on('response', (res) => {
    if (!/javascript/.test(res.headers()['content-type'] ?? '')) return
    pending.push(
      res.body().then(
        (b) => bodies.set(res.url(), b),
        () => {},
      ),
    )
  })
  return { bodies, settled: () => Promise.all(pending) }
}

const events = (p: Page) =>
  p.evaluate(
    () => (window as unknown as { __events: { name: string; variantId?: string; productId: string }[] }).__events,
  )
const errors = (p: Page) =>
  p.evaluate(
    () =>
      (window as unknown as { __errors: { id: string; code: string; attribute?: string; field?: string }[] }).__errors,
  )

describe('<vitrine-product> on a plain page', () => {
  it('builds a shell entry under 20 kB gzip that imports no React and no three', () => {
    expect(built.shell.gzip).toBeLessThanOrEqual(20 * 1024)
    expect(built.shell.packages.filter((p) => /^(react|react-dom|scheduler|three|@react-three)/.test(p))).toEqual([])
    // …and the heavy half is there as lazy chunks.
    expect(built.chunks.some((c) => c.fileName.includes('mountPreview'))).toBe(true)
  })

  it('shows the poster with ≤ 20 kB of JS and no React, then renders the model on a tap', async () => {
    const { page: p } = session
    const js = recordJs(p)
    await p.goto(`${server.origin}/poster.html`)
    const host = p.locator('vitrine-product')
    await p.waitForFunction(
      () => {
        const img = document
          .querySelector('vitrine-product')
          ?.shadowRoot?.querySelector<HTMLImageElement>('img.vitrine-poster')
        return !!img && img.complete && img.naturalWidth > 0
      },
      null,
      { timeout: 30_000 },
    )
    await expect.poll(() => host.getAttribute('data-vitrine-state')).toBe('idle')
    await js.settled()
    const before = await jsBeforePoster(p, js.bodies)
    expect(before.gzip, before.files.join(', ')).toBeLessThanOrEqual(20 * 1024)
    // With loading="interaction", nothing heavy has been fetched at all.
    expect([...js.bodies.keys()].filter((u) => /mountPreview|react|three/.test(u))).toEqual([])
    // The shell already offers the actions.
    await expect.poll(() => p.locator('vitrine-product .vitrine-cart').textContent()).toContain('Add to cart')

    await p.locator('vitrine-product [data-vitrine-action=view-3d]').click()
    await expect.poll(() => host.getAttribute('data-vitrine-state'), { timeout: 90_000, interval: 250 }).toBe('ready')
    expect(await host.getAttribute('data-ar-status')).toBe('not-presenting')
    // Real pixels: the model's colours over the viewer's plain background.
    const box = await p.locator('vitrine-product .vitrine-stage').boundingBox()
    expect(box).not.toBeNull()
    const png = await decodePng(await p.screenshot({ clip: box!, timeout: 60_000 }))
    const seen = new Set<number>()
    for (let i = 0; i < png.data.length; i += 4 * 37)
      seen.add(((png.data[i] >> 4) << 8) | ((png.data[i + 1] >> 4) << 4) | (png.data[i + 2] >> 4))
    expect(seen.size).toBeGreaterThan(40)
    // The store's ::part() hooks are on the live preview too.
    expect(await p.locator('vitrine-product .vitrine-cart').getAttribute('part')).toContain('cart-button')
  })

  it('emits vitrine-event CustomEvents for swatches and cart, and reflects the variant', async () => {
    const { page: p } = session
    const host = p.locator('vitrine-product')
    const cart = p.evaluate(
      () =>
        new Promise((resolve) =>
          document.addEventListener('vitrine-add-to-cart', (e) => resolve((e as CustomEvent).detail), { once: true }),
        ),
    )
    await p.locator('vitrine-product .vitrine-swatch input[value=navy]').check()
    await expect
      .poll(async () => (await events(p)).filter((e) => e.name === 'variant_selected').map((e) => e.variantId))
      .toEqual(['navy'])
    expect(await host.getAttribute('variant')).toBe('navy')
    await p.locator('vitrine-product .vitrine-cart').click()
    expect(await cart).toEqual({ productId: 'sofa', variantId: 'navy', quantity: 1 })
    const names = (await events(p)).map((e) => e.name)
    expect(names).toEqual(
      expect.arrayContaining(['preview_shown', 'model_loaded', 'variant_selected', 'add_to_cart', 'ar_offered']),
    )
  })

  it('delivers the same events to the collector through http() from the config block', async () => {
    const { page: p } = session
    const sent = await events(p)
    await p.evaluate(() =>
      window.vitrine?.ready.then((s) => (s.tracker as { flush?: () => Promise<void> } | undefined)?.flush?.()),
    )
    await expect
      .poll(() => collector.events().map((e) => e.name), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['variant_selected', 'add_to_cart', 'model_loaded']))
    const received = collector.events() as {
      name: string
      productId: string
      variantId?: string
      schema: number
      sessionId: string
    }[]
    const selected = received.find((e) => e.name === 'variant_selected')!
    expect(selected).toMatchObject({ schema: 1, productId: 'sofa', variantId: 'navy' })
    expect(received.length).toBeGreaterThanOrEqual(
      sent.filter((e) => ['variant_selected', 'add_to_cart', 'model_loaded'].includes(e.name)).length,
    )
  })

  it('loads the 3D code only when the shopper scrolls near (loading="lazy")', async () => {
    const { page: p } = session
    const js = recordJs(p)
    await p.goto(`${server.origin}/lazy.html`)
    const host = p.locator('vitrine-product')
    await expect.poll(() => host.getAttribute('data-vitrine-state')).toBe('idle')
    await p.waitForTimeout(800)
    await js.settled()
    expect([...js.bodies.keys()].filter((u) => /mountPreview/.test(u))).toEqual([])
    await host.scrollIntoViewIfNeeded()
    await expect.poll(() => host.getAttribute('data-vitrine-state'), { timeout: 90_000, interval: 250 }).toBe('ready')
  })

  it("shows the store's own poster, progress bar and AR button from their slots instead of its own", async () => {
    const { page: p } = session
    await p.goto(`${server.origin}/slots.html`)
    const host = p.locator('vitrine-product')
    await expect.poll(() => host.getAttribute('data-vitrine-state')).toBe('idle')
    for (const flag of ['data-own-poster', 'data-own-progress-bar', 'data-own-ar-button'])
      expect(await host.getAttribute(flag), flag).toBe('')
    const shown = (selector: string) =>
      p.evaluate((s) => {
        const el = document.querySelector('vitrine-product')!.shadowRoot!.querySelector(s)
        return !!el && getComputedStyle(el).display !== 'none'
      }, selector)
    expect(await shown('img.vitrine-poster'), "the element's own poster").toBe(false)
    expect(await shown('[data-vitrine-ar-button]'), "the element's own AR button").toBe(false)
    expect(await p.locator('#own-ar').isVisible()).toBe(true)
    // The store's bar shows only while loading (the host reflects the state; set here to hold it there).
    expect(await shown('.vitrine-own-progress')).toBe(false)
    await host.evaluate((el) => el.setAttribute('data-vitrine-state', 'loading'))
    expect(await shown('.vitrine-own-progress'), "the store's progress bar while loading").toBe(true)
  })

  it('turns bad input into a visible message, a typed vitrine-error and a console warning naming the attribute', async () => {
    const { page: p } = session
    const warnings: string[] = []
    p.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text())
    })
    await p.goto(`${server.origin}/bad.html`)
    await expect.poll(async () => (await errors(p)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5)
    const byId: Record<string, { code: string; attribute?: string; field?: string }[]> = {}
    for (const e of await errors(p)) (byId[e.id] ??= []).push(e)
    expect(byId.missing?.[0]).toMatchObject({ code: 'fetch-failed', attribute: 'product-src' })
    expect(byId.invalid?.[0]).toMatchObject({ code: 'bad-product', attribute: 'product-src', field: 'price.currency' })
    expect(byId['not-json']?.[0]).toMatchObject({ code: 'bad-json', attribute: 'product-src' })
    expect(byId.none?.[0]).toMatchObject({ code: 'missing-product', attribute: 'product-src' })
    expect(byId.attr?.map((e) => e.attribute).sort()).toEqual(['actions', 'loading'])

    const alert = (id: string) => p.locator(`#${id} [role=alert]`).first().textContent()
    expect(await alert('missing')).toContain('404')
    expect(await alert('invalid')).toContain('price.currency')
    expect(await alert('none')).toContain('product-src')
    // A bad attribute value falls back to the default and says so; the product still shows.
    expect(await p.locator('#attr .vitrine-attribute-notice').textContent()).toContain('loading="sometimes"')
    await expect.poll(() => p.locator('#attr').getAttribute('data-vitrine-state'), { timeout: 90_000 }).toBe('ready')
    expect(await p.locator('#invalid').getAttribute('data-vitrine-state')).toBe('error')

    for (const attribute of [
      'product-src="/catalog/does-not-exist.json"',
      'loading="sometimes"',
      'actions="ar teleport"',
    ]) {
      expect(
        warnings.some((w) => w.includes(attribute)),
        `a console warning names ${attribute}`,
      ).toBe(true)
    }
  })
})
