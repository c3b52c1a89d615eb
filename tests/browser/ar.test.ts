import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import jsQR from 'jsqr'
import fs from 'node:fs'
import path from 'node:path'
import { openSession, decodePng, type Session } from '../support/browser'

// "View in your room" end to end in real Chromium: WebXR in IWER's synthetic
// living_room through an emulated handheld phone (tests/pages/ar/handheld.ts),
// and the Scene Viewer, Quick Look and QR fallbacks.
const origin = inject('origin')
const sharedAssets = inject('sharedAssets')
type V3 = [number, number, number]
type Pt = { x: number; y: number; z: number }
const dist = (a: V3, b: V3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
const v = (p: Pt): V3 => [p.x, p.y, p.z]
const MM = 0.001

/** A material of the SheenChair GLB as the file declares it (read straight from its JSON chunk). */
function sheenChairMaterial(name: string) {
  const glb = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/assets/models/SheenChair/derived/SheenChair.glb'))
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8'))
  return json.materials.find((m: { name: string }) => m.name === name)
}

async function openAr(s: Session, query: string) {
  await s.page.goto(`${origin}/ar.html?${query}`)
  await s.page.waitForFunction(() => (window as any).__ready || (window as any).__fatal, null, { timeout: 60_000 })
  expect(await s.page.evaluate(() => (window as any).__fatal)).toBeUndefined()
}
const events = (s: Session): Promise<any[]> =>
  s.page.evaluate(() => (window as any).__events.map((e: any) => ({ name: e.name, ...e.props, variantId: e.variantId })))
const probe = (s: Session) => s.page.evaluate(() => (window as any).__probe.current)
const look = (s: Session, target: Pt) =>
  s.page.evaluate((t) => (window as any).__device.remote.dispatch('look_at', { device: 'headset', target: t }), target)
const touch = (s: Session, i: number, action: 'down' | 'aimAt' | 'up', at?: Pt) =>
  s.page.evaluate(([i, action, at]) => (window as any).__touches[i as number][action as string](at), [i, action, at] as const)
/** Waits for n more rendered XR frames: SwiftShader runs ~7-15 fps, so waits follow frames, not clocks. */
async function frames(s: Session, n: number) {
  const start = (await probe(s))?.frames ?? 0
  await s.page.waitForFunction((t) => ((window as any).__probe.current?.frames ?? 0) >= t, start + n, { timeout: 30_000 })
}
const waitFor = <T>(s: Session, fn: (arg: T) => unknown, arg: T) => s.page.waitForFunction(fn as any, arg, { timeout: 45_000 })
const waitEvent = (s: Session, name: string, count = 1) =>
  waitFor(s, ([n, c]) => (window as any).__events.filter((e: any) => e.name === n).length >= (c as number), [name, count] as const)

/** Aims the phone at a point and waits until the reticle sits on the hit there. */
async function aimReticle(s: Session, target: Pt) {
  await look(s, target)
  await waitFor(s, (t: Pt) => {
    const p = (window as any).__probe.current
    return p?.reticle.visible && Math.hypot(p.hit.position[0] - t.x, p.hit.position[1] - t.y, p.hit.position[2] - t.z) < 0.005
  }, target)
  return probe(s)
}
async function tap(s: Session, at: Pt) { await touch(s, 0, 'down', at); await touch(s, 0, 'up') }

function forward(q: number[]): V3 { // +Z of a quaternion
  const [x, y, z, w] = q
  return [2 * (x * z + w * y), 2 * (y * z - w * x), 1 - 2 * (x * x + y * y)]
}
function up(q: number[]): V3 {
  const [x, y, z, w] = q
  return [2 * (x * y - w * z), 1 - 2 * (x * x + z * z), 2 * (y * z + w * x)]
}
const yawOf = (q: number[]) => { const f = forward(q); return Math.atan2(f[0], f[2]) }

describe('WebXR immersive-ar (IWER handheld + living_room)', () => {
  let s: Session
  beforeAll(async () => { s = await openSession() })
  afterAll(async () => {
    expect(s.pageErrors).toEqual([])
    expect(s.offLoopback).toEqual([])
    await s?.close()
  })

  it('places on the floor at the hit, true size; drags, twists, re-places; variant keeps the pose; exit keeps the variant', async () => {
    await openAr(s, 'product=armchair&xr=handheld')
    await s.page.waitForSelector('[data-vitrine-ar-button="webxr"]')
    expect(await s.page.textContent('[data-vitrine-ar-button]')).toBe('View in your room')
    await s.page.click('[data-vitrine-ar-button="webxr"]')
    await s.page.waitForSelector('[data-ar-status="searching"][data-vitrine-room-placement]')
    expect(await s.page.textContent('[data-vitrine-ar-message]')).toMatch(/find the floor|Tap to place/)

    // Reticle pose == hit pose, flat on the floor.
    const target = { x: 0.5, y: 0, z: -1.5 }
    const aimed = await aimReticle(s, target)
    expect(dist(aimed.reticle.position, aimed.hit.position)).toBeLessThan(1e-9)
    expect(dist(aimed.hit.position, v(target))).toBeLessThan(5 * MM)
    expect(dist(up(aimed.reticle.quaternion), [0, 1, 0])).toBeLessThan(1e-6)
    expect(await s.page.screenshot({ path: '/tmp/ar-reticle.png' })).toBeTruthy()

    // Tap (session select) places it there, at scale 1, standing on the floor.
    await tap(s, target)
    await waitFor(s, () => (window as any).__probe.current?.product.placed, null)
    await s.page.waitForSelector('[data-vitrine-room-placement][data-ar-status="placed"]')
    await frames(s, 2)
    let p = await probe(s)
    expect(dist(p.product.position, aimed.hit.position)).toBeLessThan(MM)
    expect(p.product.scale).toBeCloseTo(1, 6)
    expect(p.product.box.min[1]).toBeCloseTo(0, 2) // rests on the floor (within 5 mm)
    expect(p.product.box.max[1] - p.product.box.min[1]).toBeCloseTo(0.85, 2) // manifest height, true size
    expect(await s.page.textContent('[data-vitrine-ar-scale]')).toBe('True size')
    await waitFor(s, () => (window as any).__probe.current?.product.anchored, null)
    const placedEvent = (await events(s)).find((e) => e.name === 'ar_placed')
    expect(placedEvent).toMatchObject({ surface: 'floor' })
    expect(dist([placedEvent.x, placedEvent.y, placedEvent.z], p.product.position)).toBeLessThan(MM)
    expect(placedEvent.distance_m).toBeGreaterThan(1.5)
    await s.page.screenshot({ path: '/tmp/ar-placed.png' })

    // One finger drags it along the floor.
    const yaw0 = yawOf(p.product.quaternion)
    await touch(s, 0, 'down', target)
    await frames(s, 2)
    const dragTo = { x: 0.8, y: 0, z: -1.3 }
    await touch(s, 0, 'aimAt', { x: 0.65, y: 0, z: -1.4 })
    await frames(s, 2)
    await touch(s, 0, 'aimAt', dragTo)
    await frames(s, 2)
    await touch(s, 0, 'up')
    await waitEvent(s, 'ar_adjusted')
    p = await probe(s)
    expect(dist(p.product.position, v(dragTo))).toBeLessThan(MM)
    expect(yawOf(p.product.quaternion)).toBeCloseTo(yaw0, 6)

    // Two fingers twist it about the up axis, in place.
    const a = { x: dragTo.x - 0.2, y: 0, z: dragTo.z }, b = { x: dragTo.x + 0.2, y: 0, z: dragTo.z }
    await s.page.evaluate(([a, b]) => { const t = (window as any).__touches; t[0].down(a); t[1].down(b) }, [a, b])
    await frames(s, 2)
    await touch(s, 1, 'aimAt', { x: a.x + 0.4 * Math.cos(Math.PI / 6), y: 0, z: a.z - 0.4 * Math.sin(Math.PI / 6) })
    await frames(s, 2)
    await s.page.evaluate(() => { const t = (window as any).__touches; t[0].up(); t[1].up() })
    await waitFor(s, () => (window as any).__events.some((e: any) => e.name === 'ar_adjusted' && e.props.kind === 'rotate'), null)
    p = await probe(s)
    const turned = yawOf(p.product.quaternion) - yaw0
    expect(Math.atan2(Math.sin(turned), Math.cos(turned))).toBeCloseTo(Math.PI / 6, 3)
    expect(dist(up(p.product.quaternion), [0, 1, 0])).toBeLessThan(1e-6)
    expect(p.product.scale).toBeCloseTo(1, 6) // scale stays locked without allowScaling

    // Re-place: back to searching, then a new tap places it anew.
    await s.page.click('[data-action="replace"]')
    await s.page.waitForSelector('[data-vitrine-room-placement][data-ar-status="searching"]')
    const second = { x: -0.3, y: 0, z: -1.2 }
    const aimed2 = await aimReticle(s, second)
    await tap(s, second)
    await waitEvent(s, 'ar_placed', 2)
    await frames(s, 2)
    p = await probe(s)
    expect(dist(p.product.position, aimed2.hit.position)).toBeLessThan(MM)

    // A variant switch in AR keeps the pose and shows the new materials.
    const before = p.product
    await s.page.click('[data-variant="forest"]')
    await waitFor(s, () => (window as any).__probe.current?.materials.includes('Velvet Forest'), null)
    p = await probe(s)
    expect(p.variant).toBe('Forest')
    expect(dist(p.product.position, before.position)).toBeLessThan(1e-9)
    expect(p.product.quaternion).toEqual(before.quaternion)

    // Exit returns to the page with the same variant.
    await s.page.click('[data-action="exit"]')
    await s.page.waitForSelector('[data-vitrine-room-placement][data-ar-status="not-presenting"] [data-vitrine-ar-button="webxr"]')
    expect(await s.page.evaluate(() => (window as any).__exits)).toEqual([{ variantId: 'forest', placed: true, mode: 'webxr' }])
    expect(await s.page.getAttribute('[data-inline-viewer-variant]', 'data-inline-viewer-variant')).toBe('forest')

    const names = (await events(s)).map((e) => e.name)
    expect(names).toEqual(['ar_offered', 'ar_tapped', 'ar_started', 'ar_surface_found', 'ar_placed', 'ar_adjusted', 'ar_adjusted',
      'ar_surface_found', 'ar_placed', 'variant_selected', 'ar_ended'])
    const all = await events(s)
    expect(all.filter((e) => e.name === 'ar_adjusted').map((e) => e.kind)).toEqual(['move', 'rotate'])
    expect(all.at(-1)).toMatchObject({ name: 'ar_ended', mode: 'webxr', placed: true, variantId: 'forest' })
    expect(all.at(-1).dwell_ms).toBeGreaterThan(0)
  })

  it('hangs a wall piece flush on a wall, upright, back against the wall', async () => {
    await openAr(s, 'product=wall-mirror&xr=handheld')
    expect(await s.page.textContent('[data-vitrine-ar-button]')).toBe('View on your wall')
    await s.page.click('[data-vitrine-ar-button="webxr"]')
    await waitEvent(s, 'ar_started')
    // The living_room wall at x = -2.94 faces +x.
    const target = { x: -2.94, y: 1.5, z: -0.4 }
    await look(s, target)
    await waitFor(s, () => (window as any).__probe.current?.hit?.surface === 'wall' && (window as any).__probe.current.reticle.visible, null)
    const aimed = await probe(s)
    expect(dist(aimed.reticle.position, aimed.hit.position)).toBeLessThan(1e-9)
    const normal = aimed.hit.normal as V3
    expect(Math.abs(normal[1])).toBeLessThan(0.05)
    expect(dist(forward(aimed.reticle.quaternion), [normal[0], 0, normal[2]])).toBeLessThan(0.05)
    await tap(s, target)
    await waitEvent(s, 'ar_placed')
    await frames(s, 2)
    const p = await probe(s)
    expect(p.product.surface).toBe('wall')
    expect(dist(p.product.position, aimed.hit.position)).toBeLessThan(MM)
    expect(dist(up(p.product.quaternion), [0, 1, 0])).toBeLessThan(1e-6)
    // Back flush: in the placement frame (origin on the wall, +Z out of it) the mirror spans z = 0..0.04,
    // and that frame's +Z is the wall's (levelled) normal, so the back lies in the wall plane.
    expect(dist(forward(p.product.quaternion), forward(aimed.reticle.quaternion))).toBeLessThan(1e-6)
    expect(Math.abs(p.product.localBox.min[2])).toBeLessThan(MM)
    expect(p.product.localBox.max[2]).toBeCloseTo(0.04, 3)
    expect(p.product.localBox.max[1] - p.product.localBox.min[1]).toBeCloseTo(0.9, 3)
    expect(p.product.localBox.max[0] - p.product.localBox.min[0]).toBeCloseTo(0.6, 3)
    expect((await events(s)).find((e) => e.name === 'ar_placed')).toMatchObject({ surface: 'wall' })
    await s.page.screenshot({ path: '/tmp/ar-wall.png' })
    await s.page.click('[data-action="exit"]')
    await waitEvent(s, 'ar_ended')
  })

  it('closes cleanly when the runtime ends the session abruptly', async () => {
    await openAr(s, 'product=armchair&xr=handheld')
    await s.page.click('[data-vitrine-ar-button="webxr"]')
    await waitEvent(s, 'ar_surface_found')
    await s.page.evaluate(() => (window as any).__device.remote.dispatch('end_session', {}))
    await waitEvent(s, 'ar_ended')
    await s.page.waitForSelector('[data-vitrine-room-placement][data-ar-status="not-presenting"] [data-vitrine-ar-button="webxr"]')
    expect((await events(s)).at(-1)).toMatchObject({ name: 'ar_ended', placed: false })
    expect(await s.page.evaluate(() => (window as any).__exits)).toEqual([{ variantId: 'mustard', placed: false, mode: 'webxr' }])
  })

  it('shows the light-and-texture hint when no surface turns up', async () => {
    await openAr(s, 'product=armchair&xr=handheld&hintMs=1500')
    // The phone starts pointed at the ceiling: no floor in view, so no surface for a chair.
    await s.page.evaluate(() => { const a = (80 * Math.PI) / 180; (window as any).__device.quaternion.set(Math.sin(a / 2), 0, 0, Math.cos(a / 2)) })
    await s.page.click('[data-vitrine-ar-button="webxr"]')
    await waitEvent(s, 'ar_started')
    await s.page.waitForFunction(() => /more light/.test(document.querySelector('[data-vitrine-ar-message]')?.textContent ?? ''), null, { timeout: 30_000 })
    expect(await probe(s).then((p) => p.product.placed)).toBe(false)
    await tap(s, { x: 0, y: 3.9, z: -0.5 }) // a tap without a floor hit never places (no mid-air placement)
    await frames(s, 3)
    expect((await probe(s)).product.placed).toBe(false)
    expect((await events(s)).map((e) => e.name)).not.toContain('ar_surface_found')
    await s.page.screenshot({ path: '/tmp/ar-hint.png' })
    await s.page.click('[data-action="exit"]')
  })
})

describe('fallbacks and unsupported devices', () => {
  let s: Session
  beforeAll(async () => { s = await openSession() })
  afterAll(async () => {
    expect(s.pageErrors).toEqual([])
    expect(s.offLoopback).toEqual([])
    await s?.close()
  })

  it('no WebXR and no fallback: no button, ar_offered without a mode', async () => {
    await openAr(s, 'product=armchair&xr=none&modes=webxr,scene-viewer,quick-look')
    await s.page.waitForSelector('[data-vitrine-ar-unsupported]')
    expect(await s.page.$('[data-vitrine-ar-button]')).toBeNull()
    expect(await events(s)).toEqual([{ name: 'ar_offered', mode: null, variantId: 'mustard' }])
  })

  it('requestSession rejecting shows a message and moves on to the QR hand-off, which decodes to this product and variant', async () => {
    await openAr(s, 'product=armchair&xr=reject&ua=desktop&variant=blush')
    await s.page.click('[data-vitrine-ar-button="webxr"]')
    await s.page.waitForSelector('[data-vitrine-ar-error]')
    expect(await s.page.textContent('[data-vitrine-ar-error]')).toMatch(/couldn't start AR.*on your phone/)
    const failed = (await events(s)).find((e) => e.name === 'ar_failed')
    expect(failed).toMatchObject({ reason: 'session-rejected', mode: 'webxr' })
    const img = await s.page.waitForSelector('img[data-vitrine-qr-image]')
    const png = await decodePng(Buffer.from((await img.getAttribute('src'))!.split(',')[1], 'base64'))
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(code?.data).toBe(`${origin}/p/armchair?vitrine-ar=armchair&vitrine-variant=blush`)
  })

  it('Scene Viewer: intent URL as model-viewer checks it, fallback hash reports failure', async () => {
    await openAr(s, 'product=wall-mirror&xr=none&ua=android')
    const button = await s.page.waitForSelector('[data-vitrine-ar-button="scene-viewer"]')
    expect(await button.textContent()).toMatch(/Google's AR viewer/)
    // Desktop Chromium has no Scene Viewer: keep it from handing intent:// to the OS (which leaves the tab
    // behind an external-protocol prompt); the intent URL is what we check.
    await s.page.evaluate(() => document.addEventListener('click', (e) => {
      if ((e.target as HTMLAnchorElement).href?.startsWith('intent:')) e.preventDefault()
    }, true))
    await button.click()
    const href = (await s.page.getAttribute('[data-vitrine-native-link]', 'href'))!
    expect(href.startsWith('intent://arvr.google.com/scene-viewer/1.2?')).toBe(true)
    const q = new URLSearchParams(href.slice(href.indexOf('?') + 1, href.indexOf('#')))
    expect(q.get('mode')).toBe('ar_preferred')
    expect(q.get('file')).toBe(`${origin}/assets/models/wall-mirror.glb`)
    expect(q.get('enable_vertical_placement')).toBe('true')
    expect(q.get('title')).toBe('Arco arched wall mirror') // the manifest's name
    expect(q.get('link')).toBe(`${origin}/p/wall-mirror`)
    expect(href).toContain(`S.browser_fallback_url=${encodeURIComponent(`${origin}/p/wall-mirror#vitrine-scene-viewer-unavailable`)};end;`)
    // Chrome without Scene Viewer loads the fallback URL: same page, sentinel hash.
    await s.page.evaluate(() => { location.hash = '#vitrine-scene-viewer-unavailable' })
    await waitEvent(s, 'ar_failed')
    expect((await events(s)).find((e) => e.name === 'ar_failed')).toMatchObject({ reason: 'scene-viewer-unavailable', mode: 'scene-viewer' })
    await s.page.waitForSelector('[data-vitrine-ar-error]')
    await s.page.waitForFunction(() => location.hash === '') // the sentinel is undone (history.back)
  })

  it.skipIf(!sharedAssets)('Quick Look: generated USDZ holds the chosen variant at true size; <a rel="ar"> is correct; start/end inferred', async () => {
    await openAr(s, 'product=sheen-chair&xr=none&ua=iphone&variant=peacock')
    const button = await s.page.waitForSelector('[data-vitrine-ar-button="quick-look"]')
    await button.click()
    await s.page.waitForSelector('a[rel="ar"][data-vitrine-quick-look], [data-vitrine-ar-error]', { state: 'attached', timeout: 60_000 })
      .catch(async (err) => { console.log(await s.page.content(), s.requests.slice(-10).map((r) => r.url), s.pageErrors); throw err })
    expect(await s.page.evaluate(() => (window as any).__errors)).toEqual([])
    const link = (await s.page.$('a[rel="ar"][data-vitrine-quick-look]'))!
    const href = (await link.getAttribute('href'))!
    expect(href).toMatch(/^blob:/)
    expect(await link.evaluate((a) => a.firstElementChild?.tagName)).toBe('IMG')
    const usdz = await s.page.evaluate((h) => (window as any).__inspectUsdz(h), href)
    // SheenChair's real size (shared/assets README): 0.827 × 0.686 × 0.570 m.
    expect(usdz.size[0]).toBeCloseTo(0.827, 2)
    expect(usdz.size[1]).toBeCloseTo(0.686, 2)
    expect(usdz.size[2]).toBeCloseTo(0.570, 2)
    const files = unzipSync(new Uint8Array(Buffer.from(usdz.base64, 'base64')))
    const usda = Object.entries(files).filter(([n]) => n.endsWith('.usda')).map(([, d]) => strFromU8(d)).join('\n')
    expect(usda).toContain('metersPerUnit = 1')
    expect(usda).toContain('upAxis = "Y"')
    // The variant's materials, by their base colour factors in the source glTF: Peacock velvet + black wood in, Mango + brown out.
    const factor = (name: string) => `inputs:scale = (${sheenChairMaterial(name).pbrMetallicRoughness.baseColorFactor.join(', ')})`
    expect(usda).toContain(factor('fabric Mystere Peacock Velvet'))
    expect(usda).toContain(factor('wood Black'))
    expect(usda).not.toContain(factor('fabric Mystere Mango Velvet'))
    expect(usda).not.toContain(factor('wood Brown'))
    const textures = Object.keys(files).filter((n) => n.endsWith('.png') || n.endsWith('.jpg'))
    expect(textures.length).toBeGreaterThan(0)

    // Quick Look gives no signal; the page losing focus and getting it back is inferred as start and end.
    // Headless Chromium has no native viewer to switch to, so we fire the window events the browser would.
    await s.page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await waitEvent(s, 'ar_started')
    await s.page.evaluate(() => window.dispatchEvent(new Event('focus')))
    await waitEvent(s, 'ar_ended')
    const ev = await events(s)
    expect(ev.find((e) => e.name === 'ar_started')).toMatchObject({ mode: 'quick-look', inferred: true, variantId: 'peacock' })
    expect(ev.find((e) => e.name === 'ar_ended')).toMatchObject({ mode: 'quick-look', inferred: true })
  })
})
