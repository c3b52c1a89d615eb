import { describe, expect, it } from 'vitest'
import { detectArModes, sameEnvironment, type ArEnvironment } from './capabilities'

const PIXEL =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36'
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
const IPHONE_CHROME = IPHONE.replace('Version/18.0', 'CriOS/130.0')
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:130.0) Gecko/130.0 Firefox/130.0'

const xr = (ar: boolean | 'throws') => ({
  isSessionSupported: async () => {
    if (ar === 'throws') throw new Error('SecurityError')
    return ar
  },
})
const env = (e: Partial<ArEnvironment>): ArEnvironment => ({
  userAgent: DESKTOP,
  maxTouchPoints: 0,
  supportsQuickLook: false,
  ...e,
})

describe('detectArModes', () => {
  it('puts WebXR first on an ARCore phone, then Scene Viewer', async () => {
    expect(await detectArModes(env({ userAgent: PIXEL, maxTouchPoints: 5, xr: xr(true) }))).toEqual([
      'webxr',
      'scene-viewer',
    ])
  })
  it('offers Scene Viewer when WebXR AR is missing or the check throws', async () => {
    expect(await detectArModes(env({ userAgent: PIXEL, xr: xr(false) }))).toEqual(['scene-viewer'])
    expect(await detectArModes(env({ userAgent: PIXEL, xr: xr('throws') }))).toEqual(['scene-viewer'])
  })
  it('screens out Firefox on Android, which cannot follow intents', async () => {
    expect(await detectArModes(env({ userAgent: FIREFOX_ANDROID }))).toEqual([])
  })
  it('offers Quick Look on iOS Safari but not in Chrome/GSA on iOS', async () => {
    expect(await detectArModes(env({ userAgent: IPHONE, supportsQuickLook: true }))).toEqual(['quick-look'])
    expect(await detectArModes(env({ userAgent: IPHONE_CHROME, supportsQuickLook: true }))).toEqual([])
  })
  it('hands desktops off by QR code, and nothing else', async () => {
    expect(await detectArModes(env({ xr: xr(false) }))).toEqual(['qr'])
  })
  it('respects the allowed list', async () => {
    expect(await detectArModes(env({ userAgent: PIXEL, xr: xr(true) }), ['scene-viewer'])).toEqual(['scene-viewer'])
    expect(await detectArModes(env({}), [])).toEqual([])
  })
})

describe('sameEnvironment', () => {
  it('compares the description, not the object, so inline props do not re-run detection', () => {
    const x = xr(true)
    expect(sameEnvironment(env({ xr: x }), env({ xr: x }))).toBe(true)
    expect(sameEnvironment(env({ xr: x }), env({ xr: xr(true) }))).toBe(false)
    expect(sameEnvironment(env({}), env({ maxTouchPoints: 5 }))).toBe(false)
    expect(sameEnvironment(undefined, undefined)).toBe(true)
    expect(sameEnvironment(env({}), undefined)).toBe(false)
  })
})
