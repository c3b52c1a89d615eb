// Every WebSocket frame of a co-view test, recorded from the browser's side
// (Playwright's websocket events), and the check that none carries image,
// landmark or camera data, none is binary or over 4 kB, and none left loopback.
import type { Page } from 'playwright-core'

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\])$/

/** One frame as the page sent or received it. */
export interface Frame {
  page: string
  url: string
  dir: 'sent' | 'received'
  payload: string | Buffer
}

/** Records every frame of every WebSocket `page` opens into `frames`. */
export function recordFrames(page: Page, name: string, frames: Frame[]): void {
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => frames.push({ page: name, url: ws.url(), dir: 'sent', payload: f.payload }))
    ws.on('framereceived', (f) => frames.push({ page: name, url: ws.url(), dir: 'received', payload: f.payload }))
  })
}

/** What is wrong with the recorded frames: an empty list when every one is small, text-only and on loopback. */
export function badFrames(frames: Frame[]): string[] {
  const bad: string[] = []
  const walk = (v: unknown, where: string) => {
    if (Array.isArray(v)) {
      if (v.some((x) => typeof x !== 'string')) bad.push(`${where}: an array of non-strings`)
      return
    }
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        // Whole words of the key (camelCase and snake_case split): "surface" is not "face".
        const words = k
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()
          .split(/[\s_-]+/)
        if (
          words.some((w) =>
            /^(images?|frames?|video|landmarks?|face|mesh|pixels?|snapshots?|camera|stream|blob|data|pose|matrix)$/.test(
              w,
            ),
          )
        )
          bad.push(`${where}: key ${k}`)
        walk(x, where)
      }
    if (typeof v === 'string' && v.length > 64) bad.push(`${where}: a ${v.length}-char string`)
  }
  for (const f of frames) {
    const where = `${f.page} ${f.dir} ${f.url}`
    if (!LOOPBACK.test(new URL(f.url).hostname)) bad.push(`${where}: off loopback`)
    if (typeof f.payload !== 'string') {
      bad.push(`${where}: binary frame`)
      continue
    }
    if (f.payload.length > 4096) bad.push(`${where}: ${f.payload.length} bytes`)
    if (/data:|base64|iVBORw0KGgo|\/9j\/|UklGR|blob:/i.test(f.payload))
      bad.push(`${where}: image-like ${f.payload.slice(0, 80)}`)
    walk(JSON.parse(f.payload), where)
  }
  return bad
}
