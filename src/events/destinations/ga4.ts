import type { Destination } from '../destination'
import { toGa4 } from './ga4Mapping'

type Gtag = (command: 'event', name: string, params: Record<string, unknown>) => void

export interface Ga4Options {
  /** The gtag function (default: `window.gtag`, looked up at send time so the snippet may load late). */
  gtag?: Gtag
  /** A GA4 measurement id (`G-…`) to route to when the page has several tags. */
  sendTo?: string
}

/**
 * GA4 through gtag.js: `view_item`, `select_item` and `add_to_cart` with
 * `items[]`, plus custom `ar_*` / `tryon_*` events within GA4's limits.
 * Consent mode stays the store's job (`gtag('consent', …)`).
 */
export function ga4(options: Ga4Options = {}): Destination {
  let missingWarned = false
  return {
    name: 'ga4',
    send(events, ctx) {
      const gtag = options.gtag ?? (globalThis as { gtag?: Gtag }).gtag
      if (typeof gtag !== 'function') {
        if (!missingWarned) ctx.warn('ga4(): window.gtag is missing; add the gtag.js snippet. Events are not sent to GA4.')
        missingWarned = true
        return
      }
      for (const event of events) {
        const mapped = toGa4(event, ctx.product(event.productId), ctx.warn)
        if (!mapped) continue
        const params: Record<string, unknown> = { ...mapped.params }
        if (options.sendTo) params.send_to = options.sendTo
        gtag('event', mapped.name, params)
      }
    },
  }
}
