import type { VitrineEvent } from '../types'
import { parseRetryAfter } from './backoff'

/** What one POST came back with. */
export interface PostResult {
  /** HTTP status, 0 for a network error (refused, reset, offline, keepalive quota). */
  status: number
  /** From Retry-After (or x-ratelimit-reset), in ms. */
  retryAfter?: number
  /** Whether the body went gzip-compressed. */
  compressed: boolean
  /** Body bytes on the wire. */
  bytes: number
}

/** Whether this browser can gzip a request body (CompressionStream: Chromium 80+, Firefox 113+, Safari 16.4+). */
export function canCompress(): boolean {
  return typeof (globalThis as { CompressionStream?: unknown }).CompressionStream === 'function'
}

/** The body gzip-compressed with the browser's own CompressionStream. */
export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * One POST of `{schema: 1, sentAt, batch}`. Never throws. With `compress`,
 * the body goes gzip with `Content-Encoding: gzip`; never on page exit, where
 * the asynchronous compression might not finish before the page is gone.
 */
export async function postBatch(
  fetchFn: typeof fetch,
  url: string,
  events: VitrineEvent[],
  keepalive: boolean,
  compress = false,
): Promise<PostResult> {
  const text = JSON.stringify({ schema: 1, sentAt: Date.now(), batch: events })
  const zipped = compress && !keepalive && canCompress()
  // text/plain is CORS-safelisted; Content-Encoding is not, so a cross-origin
  // collector answers one preflight (cached with Access-Control-Max-Age).
  const headers: Record<string, string> = { 'content-type': 'text/plain;charset=UTF-8' }
  let body: string | Uint8Array = text
  try {
    if (zipped) {
      body = await gzip(text)
      headers['content-encoding'] = 'gzip'
    }
  } catch {
    body = text
    delete headers['content-encoding']
  }
  const sentZipped = typeof body !== 'string'
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body).length : body.length
  try {
    const res = await fetchFn(url, { method: 'POST', body: body as BodyInit, keepalive, credentials: 'omit', headers })
    return {
      status: res.status,
      compressed: sentZipped,
      bytes,
      retryAfter: parseRetryAfter(res.headers.get('retry-after') ?? res.headers.get('x-ratelimit-reset')),
    }
  } catch {
    return { status: 0, compressed: sentZipped, bytes }
  }
}
