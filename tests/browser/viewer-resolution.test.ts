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
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  for (let i = 0; i < 40; i++)
    await page.mouse.move(box.x + box.width / 2 + ((i % 20) - 10) * 12, box.y + box.height / 2)
  await page.mouse.up()
  const during = await canvas.evaluate((c: HTMLCanvasElement) => c.width / c.clientWidth)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  await page.waitForTimeout(500)
  const events = await page.evaluate(() =>
    (window as any).__harness.events
      .filter((e: { name: string }) => e.name === 'resolution_changed')
      .map((e: { props: { scale: number } }) => e.props.scale),
  )
  expect(events.length).toBeGreaterThan(0)
  expect(Math.min(...events)).toBeLessThan(1)
  console.log(
    `dynamic resolution: scales ${events.join(' -> ')}, pixel ratio ${before} -> ${during.toFixed(2)} while throttled`,
  )
  expect(during).toBeLessThan(2)
})
