import type { QueueStorage } from './storage'

export interface DeliveryOptions {
  /** The collector that receives `{schema:1, sentAt, batch:[…]}` as a text/plain POST. */
  url: string
  /**
   * Gzip each batch with CompressionStream where the browser has it, sent
   * with `Content-Encoding: gzip` (default true). Page-exit sends stay
   * uncompressed. A cross-origin collector must allow the header
   * (`Access-Control-Allow-Headers: content-type, content-encoding`); one that
   * answers 415 turns compression off for the page.
   */
  compress?: boolean
  /** Events per request (default 500 compressed, 100 uncompressed). */
  maxBatchEvents?: number
  /** JSON bytes per request before compression (default 480 000 compressed, 60 000 uncompressed: 64 KiB keepalive cap). */
  maxBatchBytes?: number
  /** Longest wait before a partial batch is sent (default 1000 ms). */
  flushIntervalMs?: number
  /** Events kept at most; beyond it the oldest are dropped and reported (default 10 000). */
  maxQueue?: number
  /** First retry delay (default 500 ms). */
  minRetryMs?: number
  /** Longest retry delay (default 30 s). */
  maxRetryMs?: number
  /** Keep the queue across reloads in localStorage (default true where available). */
  persist?: boolean
  /** Storage key prefix; use one per collector (default 'vitrine'). */
  namespace?: string
  /** Bytes sent with keepalive on page exit, under the browser's shared 64 KiB quota (default 60 000). */
  exitBudgetBytes?: number
  /** Told how many events were dropped because the queue was full. */
  onDrop?: (dropped: number, totalDropped: number) => void
  /** Where warnings go (default none). */
  warn?: (...args: unknown[]) => void
  fetch?: typeof fetch
  storage?: QueueStorage
  /** Web Locks (default navigator.locks); null turns cross-tab locking off. */
  locks?: LockManager | null
  random?: () => number
}

/** Counts of an `http()` destination's delivery: queued, sent, retried, dropped. */
export interface DeliveryStats {
  queued: number
  inFlight: number
  requests: number
  acked: number
  retries: number
  /** Events given up on because the collector answered 4xx (other than 408/425/429). */
  rejected: number
  /** Events dropped because the queue was full. */
  dropped: number
  adopted: number
  lastStatus: number | null
  /** Requests whose body went gzip-compressed. */
  compressedRequests: number
  /** Body bytes put on the wire (after compression), all requests. */
  wireBytes: number
  /** Epoch ms before which nothing is sent (backoff or Retry-After). */
  nextAttemptAt: number
}

/** Counts before anything was queued or sent: an engine's start, and `http()` before its engine exists. */
export function emptyDeliveryStats(): DeliveryStats {
  return {
    queued: 0,
    inFlight: 0,
    requests: 0,
    acked: 0,
    retries: 0,
    rejected: 0,
    dropped: 0,
    adopted: 0,
    lastStatus: null,
    nextAttemptAt: 0,
    compressedRequests: 0,
    wireBytes: 0,
  }
}
