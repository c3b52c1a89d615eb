// Dynamic resolution: on a slow device (CPU throttled 6x through the
// DevTools protocol) a continuous orbit steps the pixel ratio down and
// reports it with a resolution_changed event.
import { expect, inject, it } from 'vitest'
import { useSession } from '../support/session'
import { waitForSettled } from '../support/viewer'

const origin = inject('origin')
const session = useSession({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 2 })

it('lowers the pixel ratio when frames run over budget', async () => {
  const { page } = session
  await page.goto(`${origin}/viewer.html?src=/assets/models/armchair.glb`)
  expect(await waitForSettled(page)).toBe('ready')
  const canvas = page.locator('canvas')
  const before = await canvas.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
  expect(before).toBe(2)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  const box = (await canvas.boundingBox())!
  const scales = (): Promise<number[]> =>
    page.evaluate(() =>
      (window as any).__harness.events
        .filter((e: { name: string }) => e.name === 'resolution_changed')
        .map((e: { props: { scale: number } }) => e.props.scale),
    )
  // Orbit until the governor has judged a window of slow frames. On a loaded CI machine 40 moves
  // once ended before a window of 20 frames had filled, so a fixed number of moves is not enough.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  const deadline = Date.now() + 120_000
  let moves = 0
  while (Date.now() < deadline && (moves % 20 !== 0 || (await scales()).length === 0)) {
    await page.mouse.move(box.x + box.width / 2 + ((moves % 20) - 10) * 12, box.y + box.height / 2)
    moves++
  }
  await page.mouse.up()
  const events = await scales()
  expect(events.length, 'a resolution_changed event within 2 min of throttled orbiting').toBeGreaterThan(0)
  expect(Math.min(...events)).toBeLessThan(1)
  // The canvas owner applies the scale on its next render.
  await expect
    .poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth), {
      message: 'the canvas renders fewer pixels while throttled',
      timeout: 60_000,
    })
    .toBeLessThan(2)
  const during = await canvas.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  console.log(
    `dynamic resolution: scales ${events.join(' -> ')} after ${moves} moves, pixel ratio ${before} -> ${during.toFixed(2)} while throttled`,
  )
})
