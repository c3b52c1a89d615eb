import type { BrowserContext, Page } from 'playwright-core'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { launchChromiumContext } from '../../tools/chromium.mjs'

/** The binary and flags (WebGL2 on SwiftShader, no background traffic) are shared with the benchmarks. */
export { CHROMIUM, CHROMIUM_ARGS } from '../../tools/chromium.mjs'

export interface Session {
  context: BrowserContext
  page: Page
  /** Every request whose host was not loopback. Each was aborted. Tests assert this stays empty. */
  offLoopback: string[]
  /** Uncaught exceptions in the page. */
  pageErrors: string[]
  /** console.error messages (a texture three could not decode shows up only here). */
  consoleErrors: string[]
  /** Every request URL seen, with method and post body size, for privacy checks. */
  requests: { url: string; method: string; body: Buffer | null }[]
  close(): Promise<void>
}

export interface SessionOptions {
  args?: string[]
  viewport?: { width: number; height: number }
  deviceScaleFactor?: number
  permissions?: string[]
  reducedMotion?: 'reduce' | 'no-preference'
}

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/

export async function openSession(opts: SessionOptions = {}): Promise<Session> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-chromium-'))
  const context = await launchChromiumContext(userDataDir, {
    args: opts.args,
    viewport: opts.viewport ?? { width: 800, height: 600 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    permissions: opts.permissions,
    reducedMotion: opts.reducedMotion,
  })
  // Software GL with two browser test files at once on 2 cores: Playwright's 30 s default is too tight.
  context.setDefaultTimeout(90_000)
  context.setDefaultNavigationTimeout(90_000)
  const offLoopback: string[] = []
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  const requests: Session['requests'] = []
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) return route.continue()
    offLoopback.push(url.href)
    return route.abort()
  })
  context.on('request', (req) => requests.push({ url: req.url(), method: req.method(), body: req.postDataBuffer() }))
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (err) => pageErrors.push(String(err?.stack ?? err)))
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  return {
    context,
    page,
    offLoopback,
    pageErrors,
    consoleErrors,
    requests,
    async close() {
      await context.close()
      fs.rmSync(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Decode a PNG screenshot into RGBA pixels. */
export async function decodePng(buf: Buffer) {
  const { PNG } = await import('pngjs')
  return PNG.sync.read(buf)
}
