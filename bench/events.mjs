#!/usr/bin/env node
// vitrine/events benchmark in real Chromium against the loopback collector:
// track() cost on the main thread, requests per 10,000 events, bytes per
// event on the wire, gzip-compressed (the default) and plain. Standalone: `node bench/events.mjs`; bench/run.mjs may
// import { runEventsBench } and print its table.
import path from 'node:path'
import fs from 'node:fs'
import os from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'vite'
import { HEADLESS_ARGS, launchChromiumContext } from '../tools/chromium.mjs'
import { startServer } from '../tools/serve.mjs'
import { createCollector } from '../tools/collector.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const EVENTS = 10_000

export async function runEventsBench({ log = console.log } = {}) {
  const outDir = path.join(root, '.vitrine/bench-events')
  await build({
    configFile: false,
    root: path.join(root, 'tests/pages'),
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^vitrine\/events$/, replacement: path.join(root, 'src/events/index.ts') },
        { find: /^vitrine\/chat$/, replacement: path.join(root, 'src/chat/index.ts') },
      ],
    },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { delivery: path.join(root, 'tests/pages/delivery.html') } },
    },
  })
  const collector = createCollector()
  const server = await startServer({ mounts: { '/': outDir }, handle: collector.handle })
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-'))
  // No 3D on the delivery page: the plain headless flags, without SwiftShader.
  const context = await launchChromiumContext(userDataDir, { baseArgs: HEADLESS_ARGS })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${server.origin}/delivery.html?collector=${server.origin}&ns=bench-${Date.now()}`)
    await page.waitForSelector('body[data-ready="1"]')

    // Warm up the JIT, then time 60 rounds of 2,000 calls.
    await page.evaluate(() => window.__delivery.timeTrack(20, 2000))
    const trackUs = await page.evaluate(() => window.__delivery.timeTrack(60, 2000))

    // 10,000 events as a page would make them: bursts of 100 per animation frame,
    // once with gzip batches (the default) and once with plain JSON bodies.
    async function run(compress) {
      await page.goto(
        `${server.origin}/delivery.html?collector=${server.origin}&ns=bench-${compress ? 'gz' : 'plain'}-${Date.now()}${compress ? '' : '&compress=0'}`,
      )
      await page.waitForSelector('body[data-ready="1"]')
      collector.reset()
      const t0 = Date.now()
      await page.evaluate(async (n) => {
        for (let done = 0; done < n; done += 100) {
          window.__delivery.track(100, 'bench')
          await new Promise((r) => requestAnimationFrame(() => r(undefined)))
        }
      }, EVENTS)
      while (collector.stats().unique < EVENTS && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 100))
      const s = collector.stats()
      const all = collector.requests()
      const ok = all.filter((r) => r.status === 204)
      const bodyBytes = ok.reduce((n, r) => n + r.bytes, 0)
      return {
        requests: all.length,
        ok: ok.length,
        gzip: ok.filter((r) => r.encoding === 'gzip').length,
        bytesPerEvent: bodyBytes / Math.max(1, s.received),
        unique: s.unique,
        duplicates: s.duplicates,
        seconds: (Date.now() - t0) / 1000,
      }
    }
    const gz = await run(true)
    const plain = await run(false)
    const met = (ok) => (ok ? '✅ met' : '❌ missed')
    const rows = [
      ['track() median cost (main thread)', `${trackUs.toFixed(2)} µs`, '', '', '≤ 5 µs'],
      [
        `requests for ${EVENTS.toLocaleString('en')} events`,
        `${gz.requests} (${gz.gzip} gzip)`,
        String(plain.requests),
        '10,000 standard (1 per event); about 1,000 batched (10 per batch)',
        `≤ 20: ${met(gz.requests <= 20)}`,
      ],
      [
        'bytes per event on the wire (request body)',
        gz.bytesPerEvent.toFixed(1),
        plain.bytesPerEvent.toFixed(1),
        'about 970',
        `≤ 60: ${met(gz.bytesPerEvent <= 60)}`,
      ],
      [
        'events delivered / duplicates',
        `${gz.unique} / ${gz.duplicates}`,
        `${plain.unique} / ${plain.duplicates}`,
        '',
        '',
      ],
      ['time to deliver all', `${gz.seconds.toFixed(1)} s`, `${plain.seconds.toFixed(1)} s`, '', 'from first track()'],
    ]
    log('\n### vitrine/events (Chromium, loopback collector)\n')
    log('Segment column: the reference figures from issue 13 (analytics.js: one request per event as standard, about')
    log('1,000 requests with its batching dispatcher of 10 per batch, about 970 bytes per event); not measured here.')
    log(
      'Vitrine columns: measured now. Bytes are request bodies as the collector received them (gzip counted compressed).\n',
    )
    log(
      '| metric | Vitrine, gzip batches (default) | Vitrine, plain JSON | Segment analytics.js | goal |\n|---|---|---|---|---|',
    )
    for (const r of rows) log(`| ${r.join(' | ')} |`)
    return { trackUs, gzip: gz, plain }
  } finally {
    await context.close()
    await server.close()
    fs.rmSync(userDataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runEventsBench().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
