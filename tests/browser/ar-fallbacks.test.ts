import { describe, expect, inject, it } from 'vitest'
import { unzipSync, strFromU8 } from 'fflate'
import jsQR from 'jsqr'
import fs from 'node:fs'
import path from 'node:path'
import { decodePng, type Session } from '../support/browser'
import { useSession } from '../support/session'

// "View in your room" when there is no WebXR: the Scene Viewer, Quick Look and QR fallbacks, and no AR at all.
// (The WebXR path is in ar.test.ts.)
const origin = inject('origin')
const sharedAssets = inject('sharedAssets')

/** A material of the SheenChair GLB as the file declares it (read straight from its JSON chunk). */
function sheenChairMaterial(name: string) {
  const glb = fs.readFileSync(
    path.resolve(import.meta.dirname, '../../../shared/assets/models/SheenChair/derived/SheenChair.glb'),
  )
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8'))
  return json.materials.find((m: { name: string }) => m.name === name)
}

async function openAr(s: Session, query: string) {
  await s.page.goto(`${origin}/ar.html?${query}`)
  await s.page.waitForFunction(() => (window as any).__ready || (window as any).__fatal, null, { timeout: 60_000 })
  expect(await s.page.evaluate(() => (window as any).__fatal)).toBeUndefined()
}
const events = (s: Session): Promise<any[]> =>
  s.page.evaluate(() =>
    (window as any).__events.map((e: any) => ({ name: e.name, ...e.props, variantId: e.variantId })),
  )
const waitEvent = (s: Session, name: string) =>
  s.page.waitForFunction((n) => (window as any).__events.some((e: any) => e.name === n), name, { timeout: 45_000 })

describe('fallbacks and unsupported devices', () => {
  const s = useSession()

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
    await s.page.evaluate(() =>
      document.addEventListener(
        'click',
        (e) => {
          if ((e.target as HTMLAnchorElement).href?.startsWith('intent:')) e.preventDefault()
        },
        true,
      ),
    )
    await button.click()
    const href = (await s.page.getAttribute('[data-vitrine-native-link]', 'href'))!
    expect(href.startsWith('intent://arvr.google.com/scene-viewer/1.2?')).toBe(true)
    const q = new URLSearchParams(href.slice(href.indexOf('?') + 1, href.indexOf('#')))
    expect(q.get('mode')).toBe('ar_preferred')
    expect(q.get('file')).toBe(`${origin}/assets/models/wall-mirror.glb`)
    expect(q.get('enable_vertical_placement')).toBe('true')
    expect(q.get('title')).toBe('Arco arched wall mirror') // the manifest's name
    expect(q.get('link')).toBe(`${origin}/p/wall-mirror`)
    expect(href).toContain(
      `S.browser_fallback_url=${encodeURIComponent(`${origin}/p/wall-mirror#vitrine-scene-viewer-unavailable`)};end;`,
    )
    // Chrome without Scene Viewer loads the fallback URL: same page, sentinel hash.
    await s.page.evaluate(() => {
      location.hash = '#vitrine-scene-viewer-unavailable'
    })
    await waitEvent(s, 'ar_failed')
    expect((await events(s)).find((e) => e.name === 'ar_failed')).toMatchObject({
      reason: 'scene-viewer-unavailable',
      mode: 'scene-viewer',
    })
    await s.page.waitForSelector('[data-vitrine-ar-error]')
    await s.page.waitForFunction(() => location.hash === '') // the sentinel is undone (history.back)
  })

  it.skipIf(!sharedAssets)(
    'Quick Look: generated USDZ holds the chosen variant at true size; <a rel="ar"> is correct; start/end inferred',
    async () => {
      await openAr(s, 'product=sheen-chair&xr=none&ua=iphone&variant=peacock')
      const button = await s.page.waitForSelector('[data-vitrine-ar-button="quick-look"]')
      // Headless Chromium has no native viewer to switch to. On an iPhone, the click on the <a rel="ar"> link
      // brings Quick Look to the front at once, and the page loses focus: fire that blur at the click, as the
      // phone would (later, the watcher rightly concludes the viewer never opened).
      await s.page.evaluate(() =>
        document.addEventListener(
          'click',
          (e) => {
            if ((e.target as Element).closest?.('a[rel="ar"]'))
              queueMicrotask(() => window.dispatchEvent(new Event('blur')))
          },
          true,
        ),
      )
      await button.click()
      await s.page
        .waitForSelector('a[rel="ar"][data-vitrine-quick-look], [data-vitrine-ar-error]', {
          state: 'attached',
          // The USDZ is generated on the main thread: slow with two browser tests at once on 2 cores.
          timeout: 150_000,
        })
        .catch(async (err) => {
          console.log(
            await s.page.content(),
            s.requests.slice(-10).map((r) => r.url),
            s.pageErrors,
          )
          throw err
        })
      expect(await s.page.evaluate(() => (window as any).__errors)).toEqual([])
      const link = (await s.page.$('a[rel="ar"][data-vitrine-quick-look]'))!
      const href = (await link.getAttribute('href'))!
      expect(href).toMatch(/^blob:/)
      expect(await link.evaluate((a) => a.firstElementChild?.tagName)).toBe('IMG')
      const usdz = await s.page.evaluate((h) => (window as any).__inspectUsdz(h), href)
      // SheenChair's real size (shared/assets README): 0.827 × 0.686 × 0.570 m.
      expect(usdz.size[0]).toBeCloseTo(0.827, 2)
      expect(usdz.size[1]).toBeCloseTo(0.686, 2)
      expect(usdz.size[2]).toBeCloseTo(0.57, 2)
      const files = unzipSync(new Uint8Array(Buffer.from(usdz.base64, 'base64')))
      const usda = Object.entries(files)
        .filter(([n]) => n.endsWith('.usda'))
        .map(([, d]) => strFromU8(d))
        .join('\n')
      expect(usda).toContain('metersPerUnit = 1')
      expect(usda).toContain('upAxis = "Y"')
      // The variant's materials, by their base colour factors in the source glTF: Peacock velvet + black wood in, Mango + brown out.
      const factor = (name: string) =>
        `inputs:scale = (${sheenChairMaterial(name).pbrMetallicRoughness.baseColorFactor.join(', ')})`
      expect(usda).toContain(factor('fabric Mystere Peacock Velvet'))
      expect(usda).toContain(factor('wood Black'))
      expect(usda).not.toContain(factor('fabric Mystere Mango Velvet'))
      expect(usda).not.toContain(factor('wood Brown'))
      const textures = Object.keys(files).filter((n) => n.endsWith('.png') || n.endsWith('.jpg'))
      expect(textures.length).toBeGreaterThan(0)

      // Quick Look gives no signal; the page losing focus (at the click, above) and getting it back is inferred
      // as start and end.
      await waitEvent(s, 'ar_started')
      await s.page.evaluate(() => window.dispatchEvent(new Event('focus')))
      await waitEvent(s, 'ar_ended')
      const ev = await events(s)
      expect(ev.find((e) => e.name === 'ar_started')).toMatchObject({
        mode: 'quick-look',
        inferred: true,
        variantId: 'peacock',
      })
      expect(ev.find((e) => e.name === 'ar_ended')).toMatchObject({ mode: 'quick-look', inferred: true })
    },
  )
})
