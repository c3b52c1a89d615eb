// Renders a poster for each of our sample furniture products with the real
// viewer (same framing, lighting and shadow as the 3D view, so the swap from
// poster to 3D is seamless), in headless Chromium. Run: `npm run posters`,
// then `npm run assets` to write the poster paths into products.json.
import { build } from 'vite'
import { chromium } from 'playwright-core'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startServer } from '../tools/serve.mjs'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, '.vitrine/poster-pages')
process.env.VITRINE_PAGES = 'viewer'
process.env.VITRINE_PAGES_OUT = out
process.env.NODE_ENV = 'production'
await build({ configFile: path.join(root, 'tests/pages/vite.config.ts'), logLevel: 'warn' })

const products = JSON.parse(fs.readFileSync(path.join(root, 'assets/products.json'), 'utf8'))
const server = await startServer({ mounts: { '/': out, '/assets/': path.join(root, 'assets') } })
const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'posters-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 800, height: 600 },
  args: [
    '--headless=new',
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
  ],
})
const page = context.pages()[0]
fs.mkdirSync(path.join(root, 'assets/posters'), { recursive: true })
for (const product of products.filter((p) => p.model)) {
  const variant = product.variants[0]?.gltfVariant ?? ''
  await page.goto(
    `${server.origin}/viewer.html?src=/${product.model.src}&variants=${encodeURIComponent(variant)}&variant=${encodeURIComponent(variant.toLowerCase().replace(/\W+/g, '-'))}`,
  )
  await page.waitForSelector('[data-vitrine-state=ready]', { timeout: 120_000 })
  const dataUrl = await page.evaluate(() => window.__harness.snapshotDataUrl(960, 720, 'image/webp', 0.82))
  const file = path.join(root, `assets/posters/${product.id}.webp`)
  fs.writeFileSync(file, Buffer.from(dataUrl.split(',')[1], 'base64'))
  console.log(`${path.relative(root, file)}  ${(fs.statSync(file).size / 1024).toFixed(1)} KB`)
}
await context.close()
await server.close()
fs.rmSync(out, { recursive: true, force: true })
