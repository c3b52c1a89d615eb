#!/usr/bin/env node
// `npx vitrine copy-assets <dir>`: copies the files Vitrine fetches at run time
// (Draco and Basis decoders, the face model and its wasm) into a folder the
// store serves, under the stable names `setAssetBase` and `assetBase` expect.
// For builds that do not emit `new URL(…, import.meta.url)` files (esbuild,
// plain Rollup, a page with no bundler) or stores that host them on a CDN.
import fs from 'node:fs'
import path from 'node:path'

const runtime = path.resolve(import.meta.dirname, '../dist/runtime')
const usage = `Usage: npx vitrine copy-assets <dir>

Copies Vitrine's runtime files into <dir>. Then serve <dir> and tell Vitrine
where it is, before the first viewer or try-on mounts:

  import { setAssetBase } from 'vitrine'
  setAssetBase('/vitrine/')             // the URL <dir> is served at`

const [command, target] = process.argv.slice(2)
if (command !== 'copy-assets' || !target) {
  console.error(command && command !== 'copy-assets' ? `Unknown command "${command}".\n\n${usage}` : usage)
  process.exit(command === '--help' || command === '-h' ? 0 : 2)
}
const listFile = path.join(runtime, 'files.json')
if (!fs.existsSync(listFile)) {
  console.error(`vitrine: ${listFile} is missing; reinstall the package (npm install vitrine).`)
  process.exit(1)
}
const files = JSON.parse(fs.readFileSync(listFile, 'utf8'))
fs.mkdirSync(target, { recursive: true })
let bytes = 0
for (const file of files) {
  fs.copyFileSync(path.join(runtime, file), path.join(target, file))
  bytes += fs.statSync(path.join(target, file)).size
}
console.log(`vitrine: copied ${files.length} runtime files (${(bytes / 1e6).toFixed(1)} MB) to ${target}`)
