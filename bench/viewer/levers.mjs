#!/usr/bin/env node
// `node bench/viewer/levers.mjs`: each load-path lever of src/viewer/stage/stageTuning.ts on
// and off, against model-viewer, in one run (alternating, fresh contexts, cache off), by the
// first presented frame. LEVER_RUNS (default 3) loads per configuration and model.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium } from '../../tools/chromium.mjs'
import { startServer } from '../../tools/serve.mjs'
import { buildBenchPages } from './build.mjs'
import { measureSingle } from './measure.mjs'
import { MODELS, benchPageMounts } from './index.mjs'
import { median } from './report.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const runs = Number(process.env.LEVER_RUNS ?? 3)
const CONFIGS = {
  'before (shadow first, no compileAsync)': 'compileAsync:0,shadowAfterFirstFrame:0,environmentDuringDownload:0',
  'shadow after the first frame': 'compileAsync:0,shadowAfterFirstFrame:1,environmentDuringDownload:0',
  '+ compileAsync (default)': 'compileAsync:1,shadowAfterFirstFrame:1,environmentDuringDownload:0',
  '+ environment during download': 'compileAsync:1,shadowAfterFirstFrame:1,environmentDuringDownload:1',
}
const outDir = path.join(root, '.vitrine/bench-build')
await buildBenchPages(root, outDir)
const server = await startServer({ mounts: benchPageMounts(root, outDir) })
const browser = await launchChromium()
const results = {}
try {
  for (let i = 0; i < runs; i++) {
    for (const m of MODELS.slice(0, 2)) {
      const entries = [...Object.entries(CONFIGS), ['model-viewer', null]]
      for (const [name, tune] of i % 2 ? entries.reverse() : entries) {
        const url =
          tune === null
            ? `${server.origin}/mv/single.html?models=${m.src}`
            : `${server.origin}/vitrine.html?models=${m.src}&tune=${tune}`
        const r = await measureSingle(browser, url, { measureIdle: false })
        ;((results[m.key] ??= {})[name] ??= []).push(r)
        console.error(
          `  ${i + 1}/${runs} ${m.key} ${name}: ready ${r.readyMs?.toFixed(0)} presented ${r.presentedMs?.toFixed(0)} load ${r.load1.toFixed(1)}`,
        )
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}
const lines = [
  '| configuration | ' +
    Object.keys(results)
      .map((m) => `${m} presented | ratio to model-viewer`)
      .join(' | ') +
    ' |',
  '|---|' +
    Object.keys(results)
      .map(() => '---|---')
      .join('|') +
    '|',
]
for (const name of [...Object.keys(CONFIGS), 'model-viewer']) {
  const cells = Object.keys(results).map((m) => {
    const v = median(results[m][name].map((x) => x.presentedMs))
    const mv = median(results[m]['model-viewer'].map((x) => x.presentedMs))
    return `${Math.round(v)} ms (${results[m][name].map((x) => Math.round(x.presentedMs)).join(', ')}) | ${(v / mv).toFixed(2)}×`
  })
  lines.push(`| ${name} | ${cells.join(' | ')} |`)
}
console.log(lines.join('\n'))
