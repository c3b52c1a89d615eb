// Vitrine <ProductViewer> against @google/model-viewer in the same Chromium,
// same run, same GLB files, alternating page loads.
import fs from 'node:fs'
import path from 'node:path'
import { launchChromium } from '../../tools/chromium.mjs'
import { startServer } from '../../tools/serve.mjs'
import { buildBenchPages, gzipSize } from './build.mjs'
import { measureListing, measureSingle } from './measure.mjs'

export const MODELS = [
  { key: 'GlamVelvetSofa', src: '/shared/models/GlamVelvetSofa/GlamVelvetSofa.glb' },
  { key: 'SheenChair', src: '/shared/models/SheenChair/derived/SheenChair.glb' },
  { key: 'GlamVelvetSofa.draco', src: '/shared/models/GlamVelvetSofa/derived/GlamVelvetSofa.draco.glb' },
]

/** What the bench server serves: our built pages, model-viewer's pages and dist, decoders, the shared models. */
export function benchPageMounts(root, outDir) {
  const three = path.join(root, 'node_modules/three/examples/jsm/libs')
  return {
    '/': outDir,
    '/mv/': path.join(root, 'bench/pages/model-viewer'),
    '/model-viewer/': path.join(root, 'node_modules/@google/model-viewer/dist'),
    '/draco/': path.join(three, 'draco/gltf'),
    '/basis/': path.join(three, 'basis'),
    '/shared/': path.resolve(root, '../shared/assets'),
  }
}

export async function runViewerBench({
  root,
  runs = 5,
  listingRuns = 3,
  idleRuns = 2,
  listingCapMs = 30_000,
  log = console.log,
}) {
  const shared = path.resolve(root, '../shared/assets')
  if (!fs.existsSync(path.join(shared, MODELS[0].src.replace('/shared/', ''))))
    throw new Error(`the viewer bench needs the shared models in ${shared}`)
  const outDir = path.join(root, '.vitrine/bench-build')
  const posterDir = path.join(root, '.vitrine/bench-posters')
  fs.mkdirSync(posterDir, { recursive: true })
  const chunks = await buildBenchPages(root, outDir)
  const server = await startServer({ mounts: { ...benchPageMounts(root, outDir), '/posters/': posterDir } })
  const browser = await launchChromium()
  const pageUrl = (viewer, listing, models) => {
    const q = `models=${models.map((m) => `${m.src}|/posters/${m.key}.jpg`).join(',')}`
    return viewer === 'vitrine'
      ? `${server.origin}/${listing ? 'vitrine-listing' : 'vitrine'}.html?${q}`
      : `${server.origin}/mv/${listing ? 'listing' : 'single'}.html?${q}`
  }
  const offLoopback = []
  const pageErrors = []
  const keep = (viewer, r) => {
    offLoopback.push(...r.offLoopback)
    pageErrors.push(...r.pageErrors.map((e) => `${viewer}: ${e}`))
    return r
  }
  try {
    // Also the warm-up: one unmeasured load of each model, so no measured run reads the files cold from disk.
    log('posters (model-viewer renders, unmeasured) …')
    await makePosters(browser, server.origin, posterDir)

    const single = Object.fromEntries(MODELS.map((m) => [m.key, { vitrine: [], mv: [] }]))
    for (let i = 0; i < runs; i++) {
      for (const m of MODELS) {
        const order = (i + MODELS.indexOf(m)) % 2 ? ['mv', 'vitrine'] : ['vitrine', 'mv']
        for (const viewer of order) {
          const r = keep(
            viewer,
            await measureSingle(browser, pageUrl(viewer, false, [m]), { measureIdle: i < idleRuns }),
          )
          single[m.key][viewer].push(r)
          log(
            `  run ${i + 1}/${runs} ${m.key} ${viewer}: 3D ${r.readyMs?.toFixed(0)} ms, presented ${r.presentedMs?.toFixed(0)} ms, poster ${r.posterMs?.toFixed(0)} ms, idle draws ${r.idle?.draws}, load ${r.load1.toFixed(2)}`,
          )
        }
      }
    }
    const listing = { vitrine: [], mv: [] }
    for (let i = 0; i < listingRuns; i++) {
      for (const viewer of i % 2 ? ['mv', 'vitrine'] : ['vitrine', 'mv']) {
        const r = keep(viewer, await measureListing(browser, pageUrl(viewer, true, MODELS), { capMs: listingCapMs }))
        listing[viewer].push(r)
        log(
          `  listing ${i + 1}/${listingRuns} ${viewer}: posters ${r.allPostersMs?.toFixed(0)} ms, first 3D ${r.first3dMs?.toFixed(0)} ms (presented ${r.first3dPresentedMs?.toFixed(0)}), ${r.views3d}/12 views, ${r.contexts} contexts, heap ${(r.heap / 1e6).toFixed(1)} MB`,
        )
      }
    }
    return { single, listing, chunks, offLoopback, pageErrors, mvMinJs: mvMinJsSize(root) }
  } finally {
    await browser.close()
    await server.close()
  }
}

/** Real posters: model-viewer's own render of each model, so both viewers show the same picture first. */
async function makePosters(browser, origin, posterDir) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } })
  try {
    await context.route('**/*', (route) =>
      /^(127\.0\.0\.1|localhost)$/.test(new URL(route.request().url()).hostname) ? route.continue() : route.abort(),
    )
    const page = await context.newPage()
    for (const m of MODELS) {
      await page.goto(`${origin}/mv/single.html?models=${m.src}`, { timeout: 120_000 })
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const mv = document.querySelector('model-viewer')
            if (mv.loaded) resolve(undefined)
            else mv.addEventListener('load', () => resolve(undefined), { once: true })
          }),
      )
      await page.waitForTimeout(800)
      fs.writeFileSync(
        path.join(posterDir, `${m.key}.jpg`),
        await page.locator('model-viewer').screenshot({ type: 'jpeg', quality: 80, timeout: 120_000 }),
      )
    }
  } finally {
    await context.close()
  }
}

function mvMinJsSize(root) {
  const buf = fs.readFileSync(path.join(root, 'node_modules/@google/model-viewer/dist/model-viewer.min.js'))
  return { raw: buf.length, gzip: gzipSize(buf) }
}
