import type { Browser, BrowserContext, LaunchOptions } from 'playwright-core'

type PersistentOptions = Parameters<typeof import('playwright-core').chromium.launchPersistentContext>[1]

export const CHROMIUM: string
export const HEADLESS_ARGS: string[]
export const SWIFTSHADER_ARGS: string[]
export const CHROMIUM_ARGS: string[]
export function launchChromium(options?: LaunchOptions): Promise<Browser>
export function launchChromiumContext(
  userDataDir: string,
  options?: PersistentOptions & { baseArgs?: string[] },
): Promise<BrowserContext>
