export interface BackoffOptions {
  /** First retry delay in ms (default 500). */
  minMs?: number
  /** Ceiling in ms (default 30 000). */
  maxMs?: number
  /** Growth per attempt (default 2). */
  factor?: number
  random?: () => number
}

/**
 * Exponential backoff with jitter: min * factor^(attempt-1), capped, then
 * scaled by a random factor in [0.5, 1.5) so that many pages that failed
 * together do not come back together.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions = {}): number {
  const { minMs = 500, maxMs = 30_000, factor = 2, random = Math.random } = opts
  const base = Math.min(maxMs, minMs * factor ** Math.max(0, attempt - 1))
  return Math.min(maxMs, Math.round(base * (0.5 + random())))
}

/**
 * Milliseconds to wait from a Retry-After header: delta-seconds or an
 * HTTP-date. Undefined when absent or unreadable. Capped at one hour.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  let ms: number
  if (/^\d+(\.\d+)?$/.test(trimmed)) ms = Number(trimmed) * 1000
  else {
    const at = Date.parse(trimmed)
    if (Number.isNaN(at)) return undefined
    ms = at - now
  }
  return Math.min(3_600_000, Math.max(0, Math.round(ms)))
}

/** What to do after a response: done, try again later, or give up on this batch. */
export function classifyStatus(status: number): 'ok' | 'retry' | 'reject' {
  if (status >= 200 && status < 300) return 'ok'
  if (status === 0 || status === 408 || status === 425 || status === 429 || status >= 500) return 'retry'
  return 'reject'
}
