// Waiting that feels short, and tones that stay on the device: on a first
// visit over a slow (4G-like) link the shopper's own camera image is on screen
// at once with a progress bar in MB, Cancel stops it all; a second visit reads
// the model from the Cache API; suggestions read from the shopper's own lip and
// skin colour, can be turned off, and nothing of it reaches the network.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openSession, type Session } from '../support/browser'
import { decodeFace, writeY4m } from '../../bench/tryonFakeCamera.mjs'
import { waitForStatus } from './tryonPage'
import { eventProblems, privacyProblems } from './tryonPrivacy'

const origin = inject('origin')
const shared = inject('sharedAssets')

describe.skipIf(!shared)('lip try-on, loading and tones (fake camera fed from face-001)', () => {
  let s: Session
  beforeAll(async () => {
    const decoder = await openSession()
    await decoder.page.goto(`${origin}/tryon.html`)
    const face = await decodeFace(decoder.page, '/shared/faces/face-001.jpg', 440)
    await decoder.close()
    const clip = writeY4m(face, 440, { width: 640, height: 480, faceFrames: 120, emptyFrames: 0, sway: 20 })
    s = await openSession({
      viewport: { width: 760, height: 1000 },
      args: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${clip}`,
      ],
    })
    await s.page.addInitScript(() => {
      ;(window as { __vitrineTryOnTuning?: object }).__vitrineTryOnTuning = { prefetch: false }
    })
    await s.page.goto(`${origin}/tryon.html?shade=cherry-10`)
  })
  afterAll(async () => {
    await s?.close()
  })

  it('shows the camera image at once and the model download in MB on a slow link, and Cancel stops everything', async () => {
    const cdp = await s.context.newCDPSession(s.page)
    await cdp.send('Network.enable')
    // Slower than 4G so the bar is surely seen: 2 Mbit/s, 150 ms RTT (it applies to the worker's fetches too).
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 2e6 / 8,
      uploadThroughput: 2e6 / 8,
    })
    const t0 = Date.now()
    await s.page.click('[data-action=camera]')
    await s.page.waitForSelector('[data-tryon-preview] video.vitrine-tryon-preview', {
      state: 'visible',
      timeout: 10_000,
    })
    const previewMs = Date.now() - t0
    const playing = await s.page.$eval(
      'video.vitrine-tryon-preview',
      (v) => (v as HTMLVideoElement).videoWidth > 0 && !(v as HTMLVideoElement).paused,
    )
    expect(playing).toBe(true)
    const bar = await s.page.waitForSelector('[data-panel=starting] progress', { timeout: 10_000 })
    await s.page.waitForFunction(
      () =>
        Number(document.querySelector('[data-panel=starting] progress')?.getAttribute('data-progress-loaded')) >
        100_000,
      null,
      { timeout: 30_000 },
    )
    const label = await s.page.textContent('[data-panel=starting]')
    console.log(`camera image after ${previewMs} ms; "${label}"`)
    expect(label).toMatch(/Getting the try-on ready: \d+\.\d of \d+\.\d MB/)
    expect(Number(await bar.getAttribute('max'))).toBeGreaterThan(8e6)
    await s.page.screenshot({ path: '.vitrine/tryon-out/loading.png' })
    await s.page.click('[data-action=cancel]')
    await waitForStatus(s.page, ['idle'], 5_000)
    expect(await s.page.evaluate(() => window.__tryon.trackStates().every((t) => t === 'ended'))).toBe(true)
    expect(await s.page.$('[data-panel=intro]')).not.toBeNull()
    expect(await s.page.evaluate(() => window.__tryon.errors)).toEqual([])
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
  })

  it('tracks after the download, and a second visit reads every model file from the cache', async () => {
    await s.page.click('[data-action=camera]')
    await waitForStatus(s.page, ['tracking'], 60_000)
    // The cache is written while the session runs; give it a moment, then come back.
    await s.page.waitForTimeout(1500)
    await s.page.reload()
    const t0 = Date.now()
    await s.page.click('[data-action=camera]')
    await waitForStatus(s.page, ['tracking'], 60_000)
    const info = await s.page.evaluate(() => window.__tryon.inspect()!)
    console.log(
      `second visit: tracking ${Date.now() - t0} ms after the tap, ${info.filesFromCache} files from the cache`,
    )
    expect(info.filesFromCache).toBe(6)
  })

  it("suggests shades from the shopper's own lip and skin colour, with the reason in words", async () => {
    await s.page.waitForSelector('[data-suggested-shade][data-basis=lip]', { timeout: 15_000 })
    const reasons = await s.page.$$eval('[data-suggested-shade]', (els) =>
      els.map((e) => `${e.getAttribute('data-basis')}: ${e.querySelector('[data-reason]')?.textContent}`),
    )
    console.log('suggestions:', reasons.join(' | '))
    expect(reasons).toContain('lip: Close to your natural lip colour')
    expect(reasons.some((r) => /^skin: (Warm|Cool), like the undertone of your skin$/.test(r))).toBe(true)
    const tones = await s.page.evaluate(() => window.__tryon.inspect()!.state.tones)
    // face-001: pinkish lips, fair skin. Lips redder than skin, skin lighter than lips.
    expect(tones!.lip[0] - tones!.lip[2]).toBeGreaterThan(20)
    expect(tones!.skin.reduce((a, b) => a + b)).toBeGreaterThan(tones!.lip.reduce((a, b) => a + b))
    // A try, then "warmer/cooler … than <shade>, which you tried".
    await s.page.click('[data-shade-id="ruby-12"]')
    await s.page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-basis=tried] [data-reason]')].some((e) =>
          /which you tried/.test(e.textContent ?? ''),
        ),
      null,
      { timeout: 15_000 },
    )
  })

  it('lets the shopper turn tone suggestions off: the colours are forgotten and no longer read', async () => {
    await s.page.uncheck('[data-control=tone-suggestions]')
    await s.page.waitForFunction(() => !document.querySelector('[data-basis=lip], [data-basis=skin]'))
    await s.page.waitForTimeout(1500)
    expect(await s.page.evaluate(() => window.__tryon.inspect()!.state.tones)).toBeNull()
    await s.page.check('[data-control=tone-suggestions]')
    await s.page.waitForSelector('[data-suggested-shade][data-basis=lip]', { timeout: 15_000 })
  })

  it('sent no image, landmarks or tones anywhere', async () => {
    expect(privacyProblems(s, origin)).toEqual([])
    const events = await s.page.evaluate(() => window.__tryon.events)
    expect(eventProblems(events)).toEqual([])
    const tones = await s.page.evaluate(() => window.__tryon.inspect()!.state.tones)
    const flat = JSON.stringify(events)
    for (const v of [...tones!.lip, ...tones!.skin]) expect(flat).not.toMatch(new RegExp(`[^\\d.]${v},[^\\d]*${v}`))
    expect(events.every((e) => !/tone|lip|skin|rgb/i.test(Object.keys(e.props ?? {}).join(' ')))).toBe(true)
    expect(s.pageErrors).toEqual([])
  })
})
