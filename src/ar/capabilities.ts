import type { ArMode } from './types'

/** What mode detection reads from the browser; tests and stories pass their own. */
export interface ArEnvironment {
  userAgent: string
  maxTouchPoints: number
  /** `navigator.xr`, if the browser has one. */
  xr?: Pick<XRSystem, 'isSessionSupported'>
  /** True when `<a rel="ar">` opens AR Quick Look (iOS/iPadOS Safari). */
  supportsQuickLook: boolean
}

/** Same device description, field by field: callers often build a new object on every render. */
export function sameEnvironment(a: ArEnvironment | undefined, b: ArEnvironment | undefined): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return (
    a.userAgent === b.userAgent &&
    a.maxTouchPoints === b.maxTouchPoints &&
    a.supportsQuickLook === b.supportsQuickLook &&
    a.xr === b.xr
  )
}

export function browserEnvironment(): ArEnvironment {
  const nav = typeof navigator === 'undefined' ? undefined : navigator
  let supportsQuickLook = false
  if (typeof document !== 'undefined') {
    const a = document.createElement('a')
    supportsQuickLook = Boolean(a.relList?.supports?.('ar'))
  }
  return {
    userAgent: nav?.userAgent ?? '',
    maxTouchPoints: nav?.maxTouchPoints ?? 0,
    xr: nav && 'xr' in nav ? (nav.xr as XRSystem | undefined) : undefined,
    supportsQuickLook,
  }
}

const ANDROID = /android/i
// Firefox on Android cannot follow intent:// URLs, and Oculus/Quest browsers have no Scene Viewer.
const NO_INTENTS = /firefox|fxios|oculus|quest/i
const IOS = /iPad|iPhone|iPod/
// The Google Search App on iOS advertises rel="ar" but cannot open Quick Look.
const IOS_GSA = /CriOS|GSA\//

export function isMobile(env: ArEnvironment): boolean {
  return (
    ANDROID.test(env.userAgent) ||
    IOS.test(env.userAgent) ||
    /Mobi/i.test(env.userAgent) ||
    (/Macintosh/.test(env.userAgent) && env.maxTouchPoints > 1)
  )
}

/**
 * The AR modes this device can use, best first: WebXR immersive-ar, Android
 * Scene Viewer, iOS Quick Look, and a QR hand-off on desktops. An empty list
 * means there is no AR to offer. `allowed` narrows (and orders nothing).
 * Note: a mode listed here can still fail when tried (no way to know for sure
 * until the session starts), so callers fall through to the next one.
 */
export async function detectArModes(
  env: ArEnvironment = browserEnvironment(),
  allowed?: readonly ArMode[],
): Promise<ArMode[]> {
  const modes: ArMode[] = []
  let webxr = false
  try {
    webxr = Boolean(await env.xr?.isSessionSupported('immersive-ar'))
  } catch {
    webxr = false
  }
  if (webxr) modes.push('webxr')
  if (ANDROID.test(env.userAgent) && !NO_INTENTS.test(env.userAgent)) modes.push('scene-viewer')
  const appleMobile = IOS.test(env.userAgent) || (/Macintosh/.test(env.userAgent) && env.maxTouchPoints > 1)
  if (env.supportsQuickLook && appleMobile && !IOS_GSA.test(env.userAgent)) modes.push('quick-look')
  if (!isMobile(env)) modes.push('qr')
  return allowed ? modes.filter((m) => allowed.includes(m)) : modes
}
