// Every real model renders in real Chromium (SwiftShader WebGL): visible,
// not blank, framed and not clipped, with no request beyond loopback.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { openSession, type Session } from '../support/browser'
import { hideChrome, measureCoverage, waitForSettled } from '../support/viewer'

const origin = inject('origin')
const shared = inject('sharedAssets')
const shots = path.resolve(import.meta.dirname, '../../.vitrine/screenshots')
fs.mkdirSync(shots, { recursive: true })

const sharedModels = [
  'GlamVelvetSofa/GlamVelvetSofa.glb',
  'GlamVelvetSofa/derived/GlamVelvetSofa.draco.glb',
  'GlamVelvetSofa/derived/GlamVelvetSofa.meshopt.glb',
  'SheenChair/glTF/SheenChair.gltf',
  'SheenChair/derived/SheenChair.draco.glb',
  'SheenChair/derived/SheenChair.gltfpack-cc.glb',
  'IridescenceLamp/glTF/IridescenceLamp.gltf',
  'AnisotropyBarnLamp/glTF-KTX2-Basisu/AnisotropyBarnLamp.gltf',
  'MaterialsVariantsShoe/glTF/MaterialsVariantsShoe.gltf',
  'GlassVaseFlowers/GlassVaseFlowers.glb',
  'Avocado/glTF/Avocado.gltf',
]
const ownModels = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../assets/models'))
  .filter((f) => f.endsWith('.glb'))

let session: Session
beforeAll(async () => {
  session = await openSession({ viewport: { width: 640, height: 480 } })
})
afterAll(async () => {
  expect(session.offLoopback, 'requests beyond loopback').toEqual([])
  await session.close()
})

async function renderAndCheck(url: string, name: string) {
  const { page } = session
  session.consoleErrors.length = 0
  await page.goto(`${origin}/viewer.html?src=${encodeURIComponent(url)}`)
  expect(await waitForSettled(page)).toBe('ready')
  await hideChrome(page)
  await page.waitForTimeout(150)
  const png = await page.screenshot()
  fs.writeFileSync(path.join(shots, `model-${name.replace(/[^\w.-]+/g, '_')}.png`), png)
  const m = await measureCoverage(png)
  // Visible and not blank: a real share of the view, in many colours (lit, shaded).
  expect(m.coverage, `${name} coverage`).toBeGreaterThan(0.04)
  expect(m.colours, `${name} colours`).toBeGreaterThan(12)
  // Framed: the product spans a good part of the view and sits near the middle.
  const w = m.box.right - m.box.left,
    h = m.box.bottom - m.box.top
  expect(Math.max(w, h), `${name} size in view`).toBeGreaterThan(0.35)
  expect(Math.abs((m.box.left + m.box.right) / 2 - 0.5), `${name} horizontal centring`).toBeLessThan(0.12)
  // Not clipped: nothing touches the edges.
  expect(m.box.left, `${name} left edge`).toBeGreaterThan(0.005)
  expect(m.box.top, `${name} top edge`).toBeGreaterThan(0.005)
  expect(m.box.right, `${name} right edge`).toBeLessThan(0.995)
  expect(m.box.bottom, `${name} bottom edge`).toBeLessThan(0.995)
  expect(session.pageErrors).toEqual([])
  // three reports a texture it could not decode (e.g. KTX2) only on the console.
  expect(session.consoleErrors.filter((e) => /texture|GLTFLoader|KTX2|DRACO/i.test(e))).toEqual([])
}

describe('our own sample products', () => {
  it.each(ownModels)('%s renders framed and unclipped', async (file) => {
    await renderAndCheck(`/assets/models/${file}`, file)
  })
})

describe.skipIf(!shared)('Khronos test models from ../shared/assets (Draco, meshopt, KTX2 included)', () => {
  it.each(sharedModels)('%s renders framed and unclipped', async (file) => {
    await renderAndCheck(`/shared/models/${file}`, file)
  })
})
