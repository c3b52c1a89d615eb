import type { Page } from 'playwright-core'
import { decodePng } from './browser'

export type HarnessState = 'idle' | 'loading' | 'ready' | 'error'

/**
 * What `read` returns once a whole second passes in which it does not change (compared by `same`).
 * Waits at most 15 s; whatever is still changing then fails the caller's own check.
 */
export async function onceStill<T>(
  page: Page,
  read: () => Promise<T>,
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): Promise<T> {
  let last = await read()
  for (let waited = 0; waited < 15_000; waited += 1000) {
    await page.waitForTimeout(1000)
    const now = await read()
    if (same(now, last)) break
    last = now
  }
  return last
}

/** The viewer's frame count once a second passes with no frame: the camera, its damping and the overlays have stopped. */
export const framesOnceStill = (page: Page): Promise<number> =>
  onceStill(page, () => page.evaluate(() => (window as any).__harness.stats().frames as number))

/**
 * Waits for the viewer to draw a frame after frame number `n`: what an input asked for has begun.
 * On a loaded CI machine a viewer has gone over 15 s without a frame although the keys had reached it
 * (most likely a stalled compositor, which drives animation frames): so the bound is a minute, and
 * the check polls on a timer rather than on animation frames.
 */
export async function waitForFrameAfter(page: Page, n: number): Promise<void> {
  await page.waitForFunction((n) => (window as any).__harness.stats().frames > n, n, {
    timeout: 60_000,
    polling: 100,
  })
}

/** Waits until the first viewer on the page settles in `ready` or `error`, and returns which. */
export async function waitForSettled(page: Page, timeout = 60_000): Promise<HarnessState> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector<HTMLElement>('.vitrine-root')?.dataset.vitrineState
      return s === 'ready' || s === 'error'
    },
    null,
    { timeout },
  )
  return (await page.evaluate(
    () => document.querySelector<HTMLElement>('.vitrine-root')!.dataset.vitrineState,
  )) as HarnessState
}

export interface ImageCoverage {
  /** Share of pixels that differ from the background colour. */
  coverage: number
  /** Bounding box of those pixels, as fractions of the image. */
  box: { left: number; top: number; right: number; bottom: number }
  /** Distinct colours among covered pixels (coarse, 4 bits per channel). */
  colours: number
}

/** What of a screenshot is product and what is the plain background in its top-left corner. */
export async function measureCoverage(png: Buffer, tolerance = 18): Promise<ImageCoverage> {
  const img = await decodePng(png)
  const { width, height, data } = img
  const bg = [data[0], data[1], data[2]]
  let covered = 0,
    left = width,
    top = height,
    right = -1,
    bottom = -1
  const colours = new Set<number>()
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      const d = Math.abs(data[i] - bg[0]) + Math.abs(data[i + 1] - bg[1]) + Math.abs(data[i + 2] - bg[2])
      if (d <= tolerance) continue
      covered++
      colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4))
      if (x < left) left = x
      if (x > right) right = x
      if (y < top) top = y
      if (y > bottom) bottom = y
    }
  }
  return {
    coverage: covered / (width * height),
    box: { left: left / width, top: top / height, right: (right + 1) / width, bottom: (bottom + 1) / height },
    colours: colours.size,
  }
}

/** Hides the "drag to turn" hint so screenshots show the product. */
export async function hidePrompt(page: Page) {
  await page.addStyleTag({ content: '.vitrine-prompt{display:none!important}' })
}

/** Hides the hint and the corner buttons: for measuring where the product alone is on screen. */
export async function hideChrome(page: Page) {
  await page.addStyleTag({ content: '.vitrine-prompt,.vitrine-toolbar-corner{display:none!important}' })
}
