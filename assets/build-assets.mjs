// Generates Vitrine's own sample catalogue: furniture GLBs, products.json,
// shades.json, README.md and LICENSE.md. Deterministic: the same sources give
// the same bytes.
//
//   npm run assets                 write everything into assets/
//   node assets/build-assets.mjs --check   exit 1 if a committed file is stale
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getBounds } from '@gltf-transform/functions'
import { createProduct, toGlb } from './generator/document.mjs'
import { lipsticks, shades } from './generator/lipsticks.mjs'
import { armchair } from './generator/products/armchair.mjs'
import { coffeeTable } from './generator/products/coffee-table.mjs'
import { floorLamp } from './generator/products/floor-lamp.mjs'
import { sofa } from './generator/products/sofa.mjs'
import { wallMirror } from './generator/products/wall-mirror.mjs'
import { licenseMd, readmeMd } from './generator/docs.mjs'

const ASSETS = path.dirname(fileURLToPath(import.meta.url))
const FURNITURE = [sofa, armchair, coffeeTable, wallMirror, floorLamp]
const MAX_GLB_BYTES = 300 * 1024

async function build() {
  const files = new Map()
  const products = []
  const summaries = []
  for (const item of FURNITURE) {
    const ctx = createProduct(item.manifest.name)
    item.build(ctx)
    const size = checkBounds(item, getBounds(ctx.doc.getRoot().getDefaultScene()))
    const glb = await toGlb(ctx)
    if (glb.byteLength > MAX_GLB_BYTES)
      throw new Error(`${item.file} is ${glb.byteLength} bytes, over the ${MAX_GLB_BYTES} budget`)
    files.set(`models/${item.file}`, glb)
    products.push(withPoster(item.manifest))
    summaries.push({ manifest: item.manifest, file: item.file, bytes: glb.byteLength, size })
  }
  products.push(...lipsticks)
  files.set('products.json', json(products))
  files.set('shades.json', json(shades))
  files.set('README.md', readmeMd(summaries, shades))
  files.set('LICENSE.md', licenseMd())
  return files
}

/** The script refuses to write a model whose real size disagrees with its manifest. */
function checkBounds(item, { min, max }) {
  const size = [0, 1, 2].map((k) => max[k] - min[k])
  const { width, height, depth } = item.manifest.dimensions
  const expected = [width, height, depth]
  size.forEach((s, k) => {
    if (Math.abs(s - expected[k]) > expected[k] * 0.01) {
      throw new Error(`${item.file}: ${'xyz'[k]} extent ${s.toFixed(4)} m, manifest says ${expected[k]} m`)
    }
  })
  if (Math.abs(min[1]) > 1e-6) throw new Error(`${item.file}: lowest point is y=${min[1]}, not 0`)
  return size
}

/** Posters are rendered separately; reference one only once it exists. */
function withPoster(manifest) {
  const poster = `assets/posters/${manifest.id}.webp`
  if (!fs.existsSync(path.join(ASSETS, '..', poster))) return manifest
  return { ...manifest, model: { ...manifest.model, poster } }
}

function json(value) {
  return new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n')
}

const files = await build()
if (process.argv.includes('--check')) {
  const stale = [...files]
    .filter(([name, bytes]) => {
      const file = path.join(ASSETS, name)
      return !fs.existsSync(file) || !Buffer.from(bytes).equals(fs.readFileSync(file))
    })
    .map(([name]) => name)
  if (stale.length) {
    console.error(`stale or missing: ${stale.join(', ')} (run npm run assets)`)
    process.exit(1)
  }
  console.log(`assets up to date (${files.size} files)`)
} else {
  for (const [name, bytes] of files) {
    const file = path.join(ASSETS, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, bytes)
    console.log(`${name.padEnd(24)} ${String(bytes.byteLength).padStart(8)} bytes`)
  }
}
