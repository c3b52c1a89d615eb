import type { VitrineEvent } from '../types'
import { parseRetryAfter } from './backoff'

export interface PostResult {
  /** HTTP status, 0 for a network error (refused, reset, offline, keepalive quota). */
  status: number
  /** From Retry-After (or x-ratelimit-reset), in ms. */
  retryAfter?: number
}

/** One POST of `{schema: 1, sentAt, batch}`. Never throws. */
export async function postBatch(fetchFn: typeof fetch, url: string, events: VitrineEvent[], keepalive: boolean): Promise<PostResult> {
  const body = JSON.stringify({ schema: 1, sentAt: Date.now(), batch: events })
  try {
    const res = await fetchFn(url, {
      method: 'POST', body, keepalive, credentials: 'omit',
      // text/plain is CORS-safelisted: no preflight request per batch.
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    })
    return { status: res.status, retryAfter: parseRetryAfter(res.headers.get('retry-after') ?? res.headers.get('x-ratelimit-reset')) }
  } catch {
    return { status: 0 }
  }
}
