// Drives tests/pages/tryon.html: waits for states and reads back what is on screen.
import type { Page } from 'playwright-core'
import { decodePng } from '../support/browser'
import type { Lips } from './tryonPixels'

export const status = (page: Page) => page.getAttribute('[data-tryon-status]', 'data-tryon-status')

export async function waitForStatus(page: Page, wanted: string[], timeout = 30_000) {
  await page.waitForFunction(
    (w) => w.includes(document.querySelector('[data-tryon-status]')?.getAttribute('data-tryon-status') ?? ''),
    wanted,
    { timeout },
  )
  return status(page)
}

/** Loads a photo through the `photo` prop and waits until it is analysed. */
export async function showPhoto(page: Page, url: string) {
  const started = await page.evaluate(() => window.__tryon.events.filter((e) => e.name === 'tryon_started').length)
  await page.evaluate((u) => window.__tryon.setPhoto(u), url)
  await page.waitForFunction(
    (n) => {
      const st = document.querySelector('[data-tryon-status]')?.getAttribute('data-tryon-status')
      return (
        window.__tryon.events.filter((e) => e.name === 'tryon_started').length > n &&
        (st === 'tracking' || st === 'no-face' || st === 'error')
      )
    },
    started,
    { timeout: 30_000 },
  )
}

/** The try-on canvas as PNG, the photo drawn plainly at the same size, and the lips the page drew. */
export async function capture(page: Page, photoUrl?: string) {
  const out = await page.evaluate(async (url) => {
    const info = window.__tryon.inspect()!
    const gl = document.querySelector('.vitrine-tryon-stage canvas') as HTMLCanvasElement
    const c = document.createElement('canvas')
    c.width = gl.width
    c.height = gl.height
    const ctx = c.getContext('2d')!
    ctx.drawImage(gl, 0, 0)
    const after = c.toDataURL('image/png')
    let before: string | null = null
    if (url) {
      const img = new Image()
      img.src = url
      await img.decode()
      ctx.drawImage(img, 0, 0, c.width, c.height)
      before = c.toDataURL('image/png')
    }
    return { after, before, lips: info.lips, width: info.width, height: info.height, status: info.status }
  }, photoUrl ?? null)
  const png = (d: string) => Buffer.from(d.split(',')[1], 'base64')
  return {
    ...out,
    lips: out.lips as Lips | null,
    afterPng: png(out.after),
    beforePng: out.before ? png(out.before) : null,
    afterImg: await decodePng(png(out.after)),
    beforeImg: out.before ? await decodePng(png(out.before)) : null,
  }
}
