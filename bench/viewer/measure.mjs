// One measured page load in a fresh browser context with the HTTP cache off.
// Times come from the page's own clock (performance.now(), ms since navigation
// start); JS sizes are the response bodies gzip -9'd in node.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSize } from './build.mjs'

const INSTRUMENT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'instrument.js')
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/
const IDLE_SETTLE_MS = 500
const IDLE_MS = 2000

async function openRun(browser, viewport) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  const offLoopback = []
  const pageErrors = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) return route.continue()
    offLoopback.push(url.href)
    return route.abort()
  })
  await context.addInitScript({ path: INSTRUMENT })
  const page = await context.newPage()
  page.on('pageerror', (err) => pageErrors.push(String(err?.message ?? err)))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  // Bodies of every script (and wasm) response, gzip -9'd, by URL.
  const code = new Map()
  const pending = []
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? ''
    const kind = /javascript/.test(type) ? 'js' : /wasm/.test(type) ? 'wasm' : null
    if (!kind || res.status() !== 200) return
    pending.push(
      res
        .body()
        .then((body) => code.set(res.url(), { kind, raw: body.length, gzip: gzipSize(body) }))
        .catch(() => {}),
    )
  })
  return {
    page,
    cdp,
    offLoopback,
    pageErrors,
    async codeBytes() {
      await Promise.all(pending)
      return code
    },
    close: () => context.close(),
  }
}

/** JS / wasm bytes (gzip -9) of the responses `pick(entry)` selects; entries carry page-clock start/end. */
async function codeBytes(run, pick) {
  const code = await run.codeBytes()
  const entries = await run.page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd })),
  )
  const sum = { js: 0, wasm: 0, jsFiles: 0, files: [] }
  for (const e of entries) {
    const c = code.get(e.name)
    if (!c || !pick(e, entries)) continue
    sum[c.kind] += c.gzip
    if (c.kind === 'js') {
      sum.jsFiles++
      sum.files.push(new URL(e.name).pathname)
    }
  }
  return sum
}

// The first poster's request can only start once the code that puts it on the
// page has run: JS requested before it is what the poster waits for.
const posterStart = (entries) => Math.min(...entries.filter((e) => e.name.includes('/posters/')).map((e) => e.start))

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null
}

const bench = (page) => page.evaluate(() => ({ ...window.__bench }))

/** A product page with one viewer: first poster, first 3D frame, bytes, idle frames. */
export async function measureSingle(browser, url, { measureIdle = true } = {}) {
  const run = await openRun(browser, { width: 1000, height: 800 })
  try {
    const load1 = os.loadavg()[0]
    await run.page.goto(url)
    await run.page.waitForFunction(() => window.__bench.readyTimes.length + window.__bench.loadTimes.length > 0, null, {
      timeout: 90_000,
      polling: 50,
    })
    await run.page.waitForFunction(
      () => window.__bench.presentedTimes.length > 0 || window.__bench.mvPresentedAt !== null,
      null,
      { timeout: 120_000, polling: 50 },
    )
    // model-viewer's poster leaves on its progress event, just after 'load'.
    await run.page.waitForTimeout(100)
    const b = await bench(run.page)
    const readyMs = b.readyTimes[0] ?? b.mvModelFrameAt ?? b.loadTimes[0]
    const presentedMs = b.presentedTimes[0] ?? b.mvPresentedAt
    const idle = measureIdle ? await idleFrames(run.page) : null
    const [forPoster, arrivedByPoster, beforeReady, all] = await Promise.all([
      codeBytes(run, (e, all) => e.start < posterStart(all)),
      codeBytes(run, (e) => b.firstPosterAt !== null && e.end <= b.firstPosterAt),
      codeBytes(run, (e) => e.end <= readyMs),
      codeBytes(run, () => true),
    ])
    // When the last file the first frame needed had arrived: what follows is parsing, decoding and GPU work.
    const downloadsDoneMs = await run.page.evaluate(
      (t) =>
        Math.max(
          0,
          ...performance
            .getEntriesByType('resource')
            .map((e) => e.responseEnd)
            .filter((x) => x <= t),
        ),
      readyMs,
    )
    return {
      posterMs: b.firstPosterAt,
      readyMs,
      presentedMs,
      downloadsDoneMs,
      mvLoadEventMs: b.loadTimes[0] ?? null,
      mvPosterDismissedMs: b.posterDismissedTimes[0] ?? null,
      forPoster,
      arrivedByPoster,
      beforeReady,
      all,
      idle,
      contexts: b.contexts - b.contextsLost,
      heap: await heapUsed(run.cdp),
      load1,
      offLoopback: run.offLoopback,
      pageErrors: run.pageErrors,
    }
  } finally {
    await run.close()
  }
}

/** Draw calls, frames that drew, and the page's rAF callbacks over IDLE_MS once the view has settled. */
async function idleFrames(page) {
  await page.waitForTimeout(IDLE_SETTLE_MS)
  const a = await bench(page)
  await page.waitForTimeout(IDLE_MS)
  const z = await bench(page)
  return {
    draws: z.draws - a.draws,
    frames: z.framesWithDraws - a.framesWithDraws,
    raf: z.rafCallbacks - a.rafCallbacks,
    seconds: IDLE_MS / 1000,
  }
}

/** A 12-card listing page: all posters up, first 3D view, live contexts, heap once settled. */
export async function measureListing(browser, url, { capMs = 40_000 } = {}) {
  const run = await openRun(browser, { width: 1280, height: 900 })
  try {
    const load1 = os.loadavg()[0]
    await run.page.goto(url)
    const started = Date.now()
    let last = -1
    let stableSince = Date.now()
    for (;;) {
      const n = await run.page.evaluate(() =>
        Math.max(window.__bench.readyTimes.length, window.__bench.loadTimes.length),
      )
      if (n !== last) {
        last = n
        stableSince = Date.now()
      }
      // 10 s without a new view means the rest are not coming (a context limit); one model's first
      // compile on software GL alone can take 5 s, which a shorter wait took for "not coming".
      if (n >= 12 || (n > 0 && Date.now() - stableSince > 10_000) || Date.now() - started > capMs) break
      await run.page.waitForTimeout(250)
    }
    // The first view's presented frame can come seconds after its draw while the other views load:
    // wait for it (bounded, polled by timer, since rAF is what is late).
    await run.page
      .waitForFunction(() => window.__bench.presentedTimes.length > 0 || window.__bench.mvPresentedAt !== null, null, {
        polling: 250,
        timeout: 20_000,
      })
      .catch(() => {})
    await run.page.waitForTimeout(300)
    const b = await bench(run.page)
    const shown = b.readyTimes.length ? b.readyTimes : b.loadTimes
    const views = await run.page.evaluate(() => document.querySelectorAll('.vitrine-root, model-viewer').length)
    return {
      views,
      capMs,
      allPostersMs: b.allPostersAt,
      firstPosterMs: b.firstPosterAt,
      postersSeen: b.posters,
      first3dMs: b.readyTimes.length ? Math.min(...b.readyTimes) : b.mvModelFrameAt,
      first3dPresentedMs: b.presentedTimes.length ? Math.min(...b.presentedTimes) : b.mvPresentedAt,
      views3d: shown.length,
      last3dMs: shown.length ? Math.max(...shown) : null,
      contexts: b.contexts - b.contextsLost,
      contextsCreated: b.contexts,
      heap: await heapUsed(run.cdp),
      all: await codeBytes(run, () => true),
      load1,
      offLoopback: run.offLoopback,
      pageErrors: run.pageErrors,
    }
  } finally {
    await run.close()
  }
}
