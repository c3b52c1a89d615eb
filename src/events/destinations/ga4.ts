import type { Destination } from '../destination'
import { toGa4Batch, type Ga4MappingOptions } from './ga4Mapping'

type Gtag = (command: 'event', name: string, params: Record<string, unknown>) => void

/** Options of the gtag.js destination. */
export interface Ga4Options extends Ga4MappingOptions {
  /** The gtag function (default: `window.gtag`, looked up at send time so the snippet may load late). */
  gtag?: Gtag
  /** A GA4 measurement id (`G-…`) to route to when the page has several tags. */
  sendTo?: string
}

/**
 * GA4 through gtag.js: custom `view_item_3d`, `ar_*`, `tryon_*` events and
 * `share`; `view_item`, `view_item_list` and `add_to_cart` only with
 * `ecommerce: 'full'`. Consent mode stays the store's job (`gtag('consent', …)`).
 */
export function ga4(options: Ga4Options = {}): Destination {
  let missingWarned = false
  return {
    name: 'ga4',
    send(events, ctx) {
      const gtag = options.gtag ?? (globalThis as { gtag?: Gtag }).gtag
      if (typeof gtag !== 'function') {
        if (!missingWarned)
          ctx.warn('ga4(): window.gtag is missing; add the gtag.js snippet. Events are not sent to GA4.')
        missingWarned = true
        return
      }
      for (const mapped of toGa4Batch(events, ctx.product, ctx.warn, options)) {
        const params: Record<string, unknown> = { ...mapped.params }
        if (options.sendTo) params.send_to = options.sendTo
        gtag('event', mapped.name, params)
      }
    },
  }
}
