import { afterEach, describe, expect, inject, it } from 'vitest'
import path from 'node:path'
import { openSession, decodePng, type Session } from '../support/browser'
import { waitForStatus } from './tryonPage'
import { privacyProblems } from './tryonPrivacy'

const origin = inject('origin')
const shared = inject('sharedAssets')
const SHARED = path.resolve(import.meta.dirname, '../../../shared/assets')

describe.skipIf(!shared)('lip try-on without a camera', () => {
  let s: Session | undefined
  afterEach(async () => {
    await s?.close()
    s = undefined
  })

  it('explains a refused camera, offers photo mode, and works on an uploaded photo', async () => {
    s = await openSession({
      args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
      viewport: { width: 760, height: 900 },
    })
    await s.page.goto(`${origin}/tryon.html`)
    await s.page.click('[data-action=camera]')
    await waitForStatus(s.page, ['denied'], 20_000)
    const panel = await s.page.textContent('[data-panel=denied]')
    expect(panel).toMatch(/Camera access is blocked/)
    expect(panel).toMatch(/set Camera to Allow/)
    expect(await s.page.getAttribute('[data-tryon-status]', 'data-vitrine-state')).toBe('ready')
    const { events, errors } = await s.page.evaluate(() => ({
      events: window.__tryon.events,
      errors: window.__tryon.errors,
    }))
    expect(events.map((e) => e.name)).toContain('tryon_camera_denied')
    expect(errors[0]?.code).toBe('camera-denied')

    // "Use a photo instead" opens the file picker; the shopper picks a selfie.
    const [chooser] = await Promise.all([
      s.page.waitForEvent('filechooser'),
      s.page.click('[data-panel=denied] [data-action=photo]'),
    ])
    await chooser.setFiles(path.join(SHARED, 'faces/face-057.jpg'))
    await waitForStatus(s.page, ['tracking'], 30_000)
    expect(await s.page.getAttribute('[data-tryon-status]', 'data-tryon-mode')).toBe('photo')

    // Snapshot: a PNG of what is on screen, downloaded because headless Chromium cannot share files.
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-action=snapshot]')])
    const file = await download.path()
    const png = await decodePng((await import('node:fs')).readFileSync(file))
    expect(png.width).toBe(500)
    expect(await s.page.evaluate(() => window.__tryon.events.some((e) => e.name === 'snapshot_taken'))).toBe(true)
    // The uploaded photo stayed in the page: no request carried it anywhere.
    expect(privacyProblems(s, origin)).toEqual([])
    expect(s.pageErrors).toEqual([])
  })

  it('says so when there is no camera at all, and offers photo mode', async () => {
    // No fake device and no real one: getUserMedia finds nothing.
    s = await openSession({ args: ['--use-fake-ui-for-media-stream'] })
    await s.page.goto(`${origin}/tryon.html`)
    await s.page.click('[data-action=camera]')
    await waitForStatus(s.page, ['denied'], 20_000)
    expect(await s.page.textContent('[data-panel=no-camera]')).toMatch(/no camera/)
    expect(await s.page.isVisible('[data-panel=no-camera] [data-action=photo]')).toBe(true)
    expect(await s.page.evaluate(() => window.__tryon.errors[0]?.code)).toBe('no-camera')
  })

  it('shows a clear message for a product that cannot be tried on', async () => {
    s = await openSession()
    await s.page.goto(`${origin}/tryon.html?product=bad`)
    await s.page.waitForSelector('[data-tryon-status=error]')
    expect(await s.page.textContent('[role=alert]')).toMatch(/cannot be tried on/)
    expect(await s.page.evaluate(() => window.__tryon.errors[0]?.code)).toBe('bad-product')
    expect(s.pageErrors).toEqual([])
  })
})
