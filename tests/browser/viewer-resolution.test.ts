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
  const pixelRatio = () => canvas.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
  const before = await pixelRatio()
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
  // Orbit, a sweep of 20 moves at a time (the governor's window is 20 frames), until the governor has
  // judged a window of slow frames. On a loaded CI machine a fixed 40 moves once ended before that.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  const deadline = Date.now() + 120_000
  let sweeps = 0
  for (; Date.now() < deadline && (await scales()).length === 0; sweeps++) {
    for (let i = 0; i < 20; i++) await page.mouse.move(box.x + box.width / 2 + (i - 10) * 12, box.y + box.height / 2)
  }
  await page.mouse.up()
  const events = await scales()
  expect(events.length, 'a resolution_changed event within 2 min of throttled orbiting').toBeGreaterThan(0)
  expect(Math.min(...events)).toBeLessThan(1)
  // The canvas owner applies the scale on its next render.
  await expect
    .poll(pixelRatio, { message: 'the canvas renders fewer pixels while throttled', timeout: 60_000 })
    .toBeLessThan(2)
  const during = await pixelRatio()
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  console.log(
    `dynamic resolution: scales ${events.join(' -> ')} after ${sweeps * 20} moves, pixel ratio ${before} -> ${during.toFixed(2)} while throttled`,
  )
})
