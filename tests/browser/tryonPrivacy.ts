import type { Session } from '../support/browser'
import type { TrackInput } from '../../src/events/types'

/**
 * Everything the page fetched during a try-on: loopback only, GET only, no
 * bodies, and only files we expect (page, bundle, model files, the photos the
 * test itself chose). Camera frames or landmarks would need a body or an
 * unexpected URL to leave.
 */
export function privacyProblems(s: Session, origin: string): string[] {
  const problems: string[] = [...s.offLoopback.map((u) => `off loopback: ${u}`)]
  for (const r of s.requests) {
    const url = new URL(r.url)
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue
    if (url.origin !== origin) problems.push(`other origin: ${r.url}`)
    if (r.method !== 'GET') problems.push(`${r.method} ${r.url}`)
    if (r.body && r.body.length) problems.push(`body of ${r.body.length} bytes to ${r.url}`)
    const ok =
      /^\/(tryon\.html|assets\/[\w.-]+\.(js|css|wasm|data|binarypb)|shared\/faces\/face-\d+\.jpg|favicon\.ico)$/.test(
        url.pathname,
      )
    if (!ok) problems.push(`unexpected request: ${url.pathname}${url.search}`)
  }
  return problems
}

/** Events carry flat scalars: no arrays, no long strings that could hold an image or landmarks. */
export function eventProblems(events: TrackInput[]): string[] {
  const problems: string[] = []
  for (const e of events) {
    for (const [k, v] of Object.entries(e.props ?? {})) {
      if (v !== null && v !== undefined && typeof v === 'object') problems.push(`${e.name}.${k} is an object`)
      if (typeof v === 'string' && v.length > 64) problems.push(`${e.name}.${k} is a ${v.length}-char string`)
    }
  }
  return problems
}
