import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { openSession, type Session } from '../support/browser'
import { paintStats, inPolygon, type Lips } from './tryonPixels'
import { montage, type Crop } from './tryonMontage'
import { capture, showPhoto } from './tryonPage'
import { privacyProblems } from './tryonPrivacy'

const origin = inject('origin')
const shared = inject('sharedAssets')
const OUT = path.resolve(import.meta.dirname, '../../.vitrine/tryon-out')
type PNGLike = { data: Uint8Array | Buffer }
/** [x0, y0, x1, y1] patches read off the photos by eye, independent of the landmarks. */
const REFERENCE: Record<string, { teeth: number[]; lowerLip: number[] }> = {
  'face-009': { teeth: [255, 291, 284, 297], lowerLip: [262, 309, 288, 314] },
  'face-030': { teeth: [230, 282, 270, 290], lowerLip: [235, 297, 265, 301] },
}
const FACES = ['face-001', 'face-006', 'face-009', 'face-016', 'face-021', 'face-028', 'face-030', 'face-057']

describe.skipIf(!shared)('lip try-on, photo mode', () => {
  let s: Session
  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true })
    s = await openSession({ viewport: { width: 760, height: 900 } })
    await s.page.goto(`${origin}/tryon.html?shade=blue-test`)
  })
  afterAll(async () => {
    await s?.close()
  })

  for (const face of FACES) {
    it(`paints only the lips of ${face}`, async () => {
      const url = `/shared/faces/${face}.jpg`
      await showPhoto(s.page, url)
      const shot = await capture(s.page, url)
      fs.writeFileSync(path.join(OUT, `${face}-after.png`), shot.afterPng)
      expect(shot.status).toBe('tracking')
      expect(shot.lips).not.toBeNull()
      const st = paintStats(shot.beforeImg!, shot.afterImg, shot.lips!)
      const { paintMask: _, ...numbers } = st
      console.log(
        face,
        JSON.stringify(numbers),
        'covered',
        (st.lipPainted / st.lipPixels).toFixed(3),
        'outside',
        (st.paintedOutside / st.paintedTotal).toFixed(4),
      )
      expect(st.lipPixels).toBeGreaterThan(300)
      expect(st.lipPainted / st.lipPixels).toBeGreaterThanOrEqual(0.9)
      expect(st.paintedOutside / st.paintedTotal).toBeLessThan(0.03)
      expect(st.mouthPainted).toBe(0)
      const ref = REFERENCE[face]
      if (ref) {
        // Hand-checked on the photo (zoomed with a 10 px grid): a patch of teeth and a patch of lower lip.
        const changed = (x: number, y: number) => {
          const k = (y * shot.afterImg.width + x) * 4
          return (
            Math.max(...[0, 1, 2].map((c) => Math.abs(shot.afterImg.data[k + c] - shot.beforeImg!.data[k + c]))) > 10
          )
        }
        let teeth = 0,
          lip = 0,
          lipN = 0
        for (let y = ref.teeth[1]; y <= ref.teeth[3]; y++)
          for (let x = ref.teeth[0]; x <= ref.teeth[2]; x++) teeth += changed(x, y) ? 1 : 0
        for (let y = ref.lowerLip[1]; y <= ref.lowerLip[3]; y++)
          for (let x = ref.lowerLip[0]; x <= ref.lowerLip[2]; x++) {
            lip += changed(x, y) ? 1 : 0
            lipN++
          }
        expect(teeth).toBe(0)
        expect(lip / lipN).toBeGreaterThanOrEqual(0.98)
      }
    })
  }

  it('uses the largest face when a photo has several', async () => {
    // A group photo made in the page: face-057 small on the left, face-001 large on the right.
    const url = await s.page.evaluate(async () => {
      const load = async (u: string) => {
        const i = new Image()
        i.src = u
        await i.decode()
        return i
      }
      const [small, big] = await Promise.all([load('/shared/faces/face-057.jpg'), load('/shared/faces/face-001.jpg')])
      const c = document.createElement('canvas')
      c.width = 900
      c.height = 500
      const ctx = c.getContext('2d')!
      ctx.fillStyle = '#888'
      ctx.fillRect(0, 0, 900, 500)
      ctx.drawImage(small, 40, 150, 260, 260)
      ctx.drawImage(big, 380, 0, 500, 500)
      const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/png'))
      return URL.createObjectURL(blob)
    })
    await showPhoto(s.page, url)
    const shot = await capture(s.page)
    expect(shot.status).toBe('tracking')
    const xs = shot.lips!.outer.map((p) => p[0])
    const centre = (Math.min(...xs) + Math.max(...xs)) / 2
    expect(centre).toBeGreaterThan(380)
    expect(centre).toBeLessThan(880)
  })

  it('compares before and after with a split dragged across the face', async () => {
    const url = '/shared/faces/face-006.jpg'
    await showPhoto(s.page, url)
    await s.page.click('[data-action=compare]')
    const handle = await s.page.waitForSelector('.vitrine-tryon-split')
    const stage = (await s.page.$('.vitrine-tryon-stage'))!
    const box = (await stage.boundingBox())!
    const h = (await handle.boundingBox())!
    // Drag the divider to the middle of the mouth: left of it bare lips, right of it the shade.
    const shotBefore = await capture(s.page, url)
    const xs = shotBefore.lips!.outer.map((p) => p[0])
    const mouthMid = (Math.min(...xs) + Math.max(...xs)) / 2
    const scale = Math.min(box.width / shotBefore.width, box.height / shotBefore.height)
    const left = box.x + (box.width - shotBefore.width * scale) / 2
    await s.page.mouse.move(h.x + h.width / 2, h.y + h.height / 2)
    await s.page.mouse.down()
    await s.page.mouse.move(left + mouthMid * scale, h.y + h.height / 2, { steps: 5 })
    await s.page.mouse.up()
    const shot = await capture(s.page, url)
    fs.writeFileSync(path.join(OUT, 'split.png'), shot.afterPng)
    const st = paintStats(shot.beforeImg!, shot.afterImg, shot.lips!)
    let paintedLeft = 0,
      paintedRight = 0
    st.paintMask.forEach((v, i) => {
      if (v) {
        if (i % shot.width < mouthMid - 3) paintedLeft++
        else if (i % shot.width > mouthMid + 3) paintedRight++
      }
    })
    expect(paintedLeft).toBe(0)
    expect(paintedRight).toBeGreaterThan(200)
    const compare = await s.page.evaluate(() => window.__tryon.events.filter((e) => e.name === 'tryon_compare').length)
    expect(compare).toBeGreaterThanOrEqual(2)
    await s.page.click('[data-action=compare]')
  })

  it('renders six finishes that differ from each other on light and dark lips', async () => {
    const color = '#b0304a'
    const finishes = ['matte', 'satin', 'gloss', 'sheer', 'metallic', 'shimmer'] as const
    await s.page.evaluate(
      ({ color, finishes }) =>
        window.__tryon.setProduct({
          id: 'finish-lab',
          name: 'Finish lab',
          price: { amount: 1, currency: 'EUR' },
          kind: 'lipstick',
          shades: finishes.map((f) => ({ id: `f-${f}`, name: f, color, finish: f })),
        }),
      { color, finishes },
    )
    const rows: Crop[][] = []
    for (const face of ['face-001', 'face-057', 'face-021', 'face-009']) {
      const url = `/shared/faces/${face}.jpg`
      await showPhoto(s.page, url)
      const renders: { finish: string; img: Awaited<ReturnType<typeof capture>>['afterImg'] }[] = []
      let lips: Lips | null = null
      let bare: Crop['img'] | null = null
      for (const f of finishes) {
        await s.page.click(`[data-shade-id="f-${f}"]`)
        const shot = await capture(s.page, url)
        lips = shot.lips
        bare = shot.beforeImg
        renders.push({ finish: f, img: shot.afterImg })
      }
      // Mean absolute difference over the lip area between every pair of finishes.
      const onLip: number[] = []
      const w = renders[0].img.width
      for (let y = 0; y < renders[0].img.height; y++)
        for (let x = 0; x < w; x++) {
          if (inPolygon(x + 0.5, y + 0.5, lips!.outer) && !inPolygon(x + 0.5, y + 0.5, lips!.inner))
            onLip.push((y * w + x) * 4)
        }
      const diff = (a: PNGLike, b: PNGLike) =>
        onLip.reduce(
          (sum, k) =>
            sum +
            Math.abs(a.data[k] - b.data[k]) +
            Math.abs(a.data[k + 1] - b.data[k + 1]) +
            Math.abs(a.data[k + 2] - b.data[k + 2]),
          0,
        ) /
        (onLip.length * 3)
      const pairs: string[] = []
      for (let i = 0; i < renders.length; i++)
        for (let j = i + 1; j < renders.length; j++) {
          const d = diff(renders[i].img, renders[j].img)
          pairs.push(`${renders[i].finish}/${renders[j].finish}=${d.toFixed(1)}`)
          expect(d, `${face}: ${renders[i].finish} vs ${renders[j].finish}`).toBeGreaterThan(4)
        }
      console.log(face, pairs.join(' '))
      const xs = lips!.outer.map((p) => p[0]),
        ys = lips!.outer.map((p) => p[1])
      const box = { x: Math.max(0, Math.floor(Math.min(...xs)) - 12), y: Math.max(0, Math.floor(Math.min(...ys)) - 10) }
      const size = {
        w: Math.ceil(Math.max(...xs) - Math.min(...xs)) + 24,
        h: Math.ceil(Math.max(...ys) - Math.min(...ys)) + 20,
      }
      rows.push([{ img: bare!, ...box, ...size }, ...renders.map((r) => ({ img: r.img, ...box, ...size }))])
    }
    fs.writeFileSync(path.join(OUT, 'finishes.png'), montage(rows, 3))
  })

  it('fetched nothing but our own files and the chosen photos', () => {
    expect(privacyProblems(s, origin)).toEqual([])
    expect(s.pageErrors).toEqual([])
  })
})
