// <vitrine-product> from the self-contained build on a plain page, against
// model-viewer's own page, same run, same model and poster: JS before the
// poster is requested (gzip -9) and the first 3D frame. Part of `npm run bench`.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../tools/chromium.mjs'
import { startServer } from '../tools/serve.mjs'
import { buildElement } from '../tools/elementBuild.mjs'
import { measureSingle } from './viewer/measure.mjs'
import { MODELS } from './viewer/index.mjs'
import { median } from './viewer/report.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export async function runElementBench({ log = console.log, runs = Number(process.env.BENCH_ELEMENT_RUNS ?? 3) } = {}) {
  const shared = path.resolve(root, '../shared/assets')
  const model = MODELS[0]
  const outDir = path.join(root, '.vitrine/bench-element')
  const built = await buildElement(root, outDir)
  // The viewer bench leaves model-viewer's renders as posters; without them, any image of ours stands in.
  const posterDir = path.join(root, '.vitrine/bench-posters')
  const poster = fs.existsSync(path.join(posterDir, `${model.key}.jpg`))
    ? `/posters/${model.key}.jpg`
    : '/posters/fallback/sofa.webp'
  const server = await startServer({
    mounts: {
      '/element/': outDir,
      '/element-page/': path.join(root, 'bench/pages/element'),
      '/mv/': path.join(root, 'bench/pages/model-viewer'),
      '/model-viewer/': path.join(root, 'node_modules/@google/model-viewer/dist'),
      '/draco/': path.join(root, 'node_modules/three/examples/jsm/libs/draco/gltf'),
      '/basis/': path.join(root, 'node_modules/three/examples/jsm/libs/basis'),
      '/posters/': posterDir,
      '/posters/fallback/': path.join(root, 'assets/posters'),
      '/shared/': shared,
    },
  })
  const browser = await launchChromium()
  const q = `models=${model.src}|${poster}`
  const urls = { element: `${server.origin}/element-page/single.html?${q}`, mv: `${server.origin}/mv/single.html?${q}` }
  const results = { element: [], mv: [] }
  const problems = []
  try {
    for (let i = 0; i < runs; i++) {
      for (const key of i % 2 ? ['mv', 'element'] : ['element', 'mv']) {
        const r = await measureSingle(browser, urls[key], { measureIdle: false })
        problems.push(
          ...r.offLoopback.map((u) => `${key}: non-loopback ${u}`),
          ...r.pageErrors.map((e) => `${key}: page error ${e}`),
        )
        results[key].push(r)
        log(
          `  run ${i + 1}/${runs} ${key}: JS before poster ${(r.forPoster.js / 1024).toFixed(1)} kB, 3D ${r.readyMs?.toFixed(0)} ms`,
        )
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const kb = (n) => (n / 1024).toFixed(1)
  const med = (list, f) => median(list.map(f).filter((x) => typeof x === 'number'))
  const row = (name, list) =>
    `| ${name} | ${kb(med(list, (r) => r.forPoster.js))} kB (${med(list, (r) => r.forPoster.jsFiles)} files) | ${med(list, (r) => r.readyMs)?.toFixed(0)} ms | ${kb(med(list, (r) => r.all.js))} kB |`
  log('')
  log(
    `${model.key}, ${runs} runs each, alternating. \`<vitrine-product loading="eager">\` from dist/element on a page with no bundler, against model-viewer's own single page.`,
  )
  log('JS before the poster = gzip -9 of every JS response requested before the poster image (the target is ≤ 20 kB).')
  log('')
  log('| page | JS before the poster | first 3D frame (median) | all JS |')
  log('|---|---|---|---|')
  log(row('`<vitrine-product>` (plain HTML)', results.element))
  log(row('model-viewer', results.mv))
  log('')
  log(
    `Shell entry and its static imports, from the build: ${kb(built.shell.gzip)} kB gzip (${built.shell.files.length} files; packages: ${built.shell.packages.join(', ')}).`,
  )
  if (problems.length) log(`\n**Run problems:**\n${problems.map((p) => `- ${p}`).join('\n')}`)
  return { results, shell: built.shell, problems }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runElementBench()
