// Twelve viewers on one page share a budget of live WebGL contexts: at most
// two exist at any time, the rest show their posters, and a tap moves the
// 3D view to the tapped card.
import { beforeAll, expect, inject, it } from 'vitest'
import { useSession } from '../support/session'

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

const states = () => session.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.vitrine-root')].map((el) => el.dataset.vitrineState))

it('12 viewers hold at most 2 live WebGL contexts, and a tap moves the 3D view', async () => {
  const { page } = session
  await page.goto(`${origin}/listing.html?count=12`)
  await page.waitForFunction(() => document.querySelectorAll('[data-vitrine-state=ready]').length === 2, null, { timeout: 120_000 })
  await page.waitForTimeout(1000)
  let s = await states()
  expect(s.filter((x) => x === 'ready').length).toBe(2)
  expect(s.filter((x) => x === 'idle').length).toBe(10)
  // Every card still shows its product: the posters are there.
  expect(await page.locator('img.vitrine-poster').count()).toBe(12)
  expect(await page.evaluate(() => (window as any).__alive())).toBeLessThanOrEqual(2)

  // The shopper taps "View in 3D" on the last card: it goes live, another steps back.
  await page.locator('[data-card="11"]').getByRole('button', { name: 'View in 3D' }).click()
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-card="11"] .vitrine-root')?.dataset.vitrineState === 'ready', null, { timeout: 120_000 })
  await page.waitForTimeout(1200) // R3F releases the evicted context shortly after unmount
  s = await states()
  expect(s.filter((x) => x === 'ready').length).toBe(2)
  expect(await page.evaluate(() => (window as any).__alive())).toBeLessThanOrEqual(2)
  const peak = await page.evaluate(() => (window as any).__peak)
  // The evicted view's context is released right after the new one is made: never more than 3 for that instant.
  expect(peak).toBeLessThanOrEqual(3)
  console.log(`listing: peak live contexts ${peak}, contexts created ${await page.evaluate(() => (window as any).__contexts.length)}`)
})
