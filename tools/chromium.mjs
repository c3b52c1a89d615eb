// The one way tests and benchmarks start Chromium: the system binary (no
// browser download), headless, with the flags measured in
// ../shared/reference/toolchain.md. Flags live here so a bench run and a test
// run see the same browser.
import { chromium } from 'playwright-core'

/** The Chromium binary: CHROMIUM_PATH, or the system one. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless, no sandbox (containers), no background traffic, no first-run UI, no small /dev/shm. */
export const HEADLESS_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-dev-shm-usage',
]

/** WebGL2 without a GPU: ANGLE on SwiftShader, which Chromium blocklists unless told otherwise. */
export const SWIFTSHADER_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']

/** Everything a page with a 3D view needs: headless flags plus WebGL2 on SwiftShader. */
export const CHROMIUM_ARGS = [...HEADLESS_ARGS, ...SWIFTSHADER_ARGS]

/** A headless browser with CHROMIUM_ARGS; `options.args` are added after them. */
export function launchChromium(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  })
}

/**
 * A persistent context (own profile in `userDataDir`) with CHROMIUM_ARGS; `options.args` are added after them.
 * Pass `{ baseArgs: HEADLESS_ARGS }` for a page that needs no WebGL.
 */
export function launchChromiumContext(userDataDir, { baseArgs = CHROMIUM_ARGS, ...options } = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...options,
    args: [...baseArgs, ...(options.args ?? [])],
  })
}
