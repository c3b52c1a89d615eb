// Twelve viewers on one page: by default all twelve are live 3D views drawn
// through one shared WebGL context. Where each viewer has its own context
// (context="own", the fallback), a budget keeps at most two live, the rest show
// their posters, and a tap moves the 3D view to the tapped card.
import { beforeAll, expect, inject, it } from 'vitest'
import { useSession } from '../support/session'
import { onceStill } from '../support/viewer'

const origin = inject('origin')

const session = useSession({ viewport: { width: 1000, height: 800 } })
beforeAll(async () => {
  await session.page.addInitScript(() => {
    const contexts: WebGLRenderingContext[] = ((window as any).__contexts = [])
    let peak = 0
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (original as any).call(this, type, ...rest)
      if (context && /webgl/.test(type) && !contexts.includes(context)) contexts.push(context)
      peak = Math.max(peak, contexts.filter((c) => !c.isContextLost()).length)
      ;(window as any).__peak = peak
      return context
    } as typeof original
    ;(window as any).__alive = () => contexts.filter((c) => !c.isContextLost()).length
  })
})

const states = () =>
  session.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.vitrine-root')].map((el) => el.dataset.vitrineState),
  )

/** Each card's canvas as a data URL. */
const pictures2d = () =>
  session.page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.vitrine-stage canvas')].map((c) => c.toDataURL()),
  )
/** The cards' pictures once a whole second passes in which none of them changes (at most 15 s). */
const picturesOnceStill = () => onceStill(session.page, pictures2d, (a, b) => a.every((picture, i) => picture === b[i]))

it('12 viewers are 12 live 3D views on one WebGL context, each drawn and each turnable', async () => {
  const { page } = session
  await page.goto(`${origin}/listing.html?count=12`)
  await page.waitForFunction(() => document.querySelectorAll('[data-vitrine-state=ready]').length === 12, null, {
    timeout: 180_000,
  })
  expect(await page.evaluate(() => (window as any).__alive())).toBe(1)
  expect(await page.evaluate(() => (window as any).__contexts.length)).toBe(1)
  // Each card's canvas holds its own picture of its own model (not blank, not the neighbour's).
  const pictures = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.vitrine-stage canvas')].map((c) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
      let covered = 0,
        sum = 0
      for (let i = 3; i < data.length; i += 16)
        if (data[i] > 0) {
          covered++
          sum += data[i - 3] + 2 * data[i - 2] + 3 * data[i - 1]
        }
      return { covered: covered / (data.length / 16), signature: Math.round(sum / Math.max(1, covered)) }
    }),
  )
  expect(pictures).toHaveLength(12)
  for (const p of pictures) expect(p.covered).toBeGreaterThan(0.02)
  // Cards 0..4 show five different models; card 5 repeats card 0's model.
  expect(new Set(pictures.slice(0, 5).map((p) => p.signature)).size).toBe(5)
  // One card turns without redrawing the others. First every card finishes its own late frames (the shadow
  // bake draws once more), then three keys on card 3.
  const before = await picturesOnceStill()
  await page.locator('[data-card="3"] .vitrine-stage').focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
  // On a loaded machine the turn's frames can trail the keys by seconds: wait (bounded) for card 3 to change.
  await expect.poll(async () => (await pictures2d())[3] !== before[3], { message: 'card 3 turned' }).toBe(true)
  const after = await picturesOnceStill()
  expect(after.map((a, i) => a !== before[i])).toEqual(before.map((_, i) => i === 3))
  expect(await page.evaluate(() => (window as any).__alive())).toBe(1)
})

it('with own contexts, 12 viewers hold at most 2 live WebGL contexts, and a tap moves the 3D view', async () => {
  const { page } = session
  await page.goto(`${origin}/listing.html?count=12&context=own`)
  await page.waitForFunction(() => document.querySelectorAll('[data-vitrine-state=ready]').length === 2, null, {
    timeout: 120_000,
  })
  await page.waitForTimeout(1000)
  let s = await states()
  expect(s.filter((x) => x === 'ready').length).toBe(2)
  expect(s.filter((x) => x === 'idle').length).toBe(10)
  // Every card still shows its product: the posters are there.
  expect(await page.locator('img.vitrine-poster').count()).toBe(12)
  expect(await page.evaluate(() => (window as any).__alive())).toBeLessThanOrEqual(2)

  // The shopper taps "View in 3D" on the last card: it goes live, another steps back.
  await page.locator('[data-card="11"]').getByRole('button', { name: 'View in 3D' }).click()
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('[data-card="11"] .vitrine-root')?.dataset.vitrineState === 'ready',
    null,
    { timeout: 120_000 },
  )
  // R3F releases the evicted view's context shortly after unmount (later on a loaded machine).
  await expect
    .poll(() => page.evaluate(() => (window as any).__alive()), { message: 'live contexts', timeout: 10_000 })
    .toBeLessThanOrEqual(2)
  s = await states()
  expect(s.filter((x) => x === 'ready').length).toBe(2)
  const peak = await page.evaluate(() => (window as any).__peak)
  // The evicted view's context is released right after the new one is made: never more than 3 for that instant.
  expect(peak).toBeLessThanOrEqual(3)
  console.log(
    `listing: peak live contexts ${peak}, contexts created ${await page.evaluate(() => (window as any).__contexts.length)}`,
  )
})
