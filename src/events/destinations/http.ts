import { DeliveryEngine, type DeliveryOptions, type DeliveryStats } from '../delivery/engine'
import { emptyDeliveryStats } from '../delivery/options'
import type { Destination } from '../destination'

/** Options of `http()`: the collector URL, batching, retries and the persisted queue. */
export type HttpOptions = DeliveryOptions

/** The `http()` destination: also reports its delivery counts and when its queue is ready. */
export interface HttpDestination extends Destination {
  /** Queue length, requests, retries, drops: for dashboards and tests. */
  stats(): DeliveryStats
  /** Resolves once this tab owns its persisted queue and has adopted orphaned ones (immediately before consent). */
  readonly ready: Promise<void>
}

/**
 * Our own JSON batch format to the store's collector, delivered at least once
 * (dedupe on `id`): batched, retried with backoff and Retry-After, persisted
 * across reloads, flushed with keepalive on page exit. The collector must
 * accept a text/plain POST body and, cross-origin, send
 * `Access-Control-Allow-Origin` and `Access-Control-Expose-Headers: Retry-After`.
 */
export function http(options: HttpOptions): HttpDestination {
  let engine: DeliveryEngine | undefined
  let warn: ((...args: unknown[]) => void) | undefined
  // Created lazily: nothing touches storage until consent has let an event through.
  const get = () => (engine ??= new DeliveryEngine({ warn: (...a) => warn?.(...a), ...options }))
  return {
    name: 'http',
    start(ctx) {
      warn = ctx.warn
      get()
    },
    send(events, ctx) {
      warn = ctx.warn
      get().enqueue(events)
    },
    flush(exit) {
      engine?.flush(exit)
    },
    close() {
      engine?.close()
    },
    stats: () => engine?.getStats() ?? emptyDeliveryStats(),
    get ready() {
      return engine?.ready ?? Promise.resolve()
    },
  }
}
