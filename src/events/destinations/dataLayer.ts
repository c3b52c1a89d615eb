import type { Destination } from '../destination'
import { toGa4 } from './ga4Mapping'

export interface DataLayerOptions {
  /** Name of the data layer array on window (default 'dataLayer'). */
  name?: string
  /** Push into this array instead of window[name]. */
  target?: unknown[]
}

/**
 * Google Tag Manager. Ecommerce events follow Google's GA4 ecommerce format:
 * `{ecommerce: null}` first (GTM merges pushes recursively, so the previous
 * items would leak), then `{event, ecommerce: {currency, value, items}}`.
 * Other events carry their parameters under `vitrine`, cleared the same way.
 */
export function dataLayer(options: DataLayerOptions = {}): Destination {
  const name = options.name ?? 'dataLayer'
  return {
    name: 'dataLayer',
    send(events, ctx) {
      const g = globalThis as unknown as Record<string, unknown[] | undefined>
      const layer = options.target ?? (g[name] ??= [])
      for (const event of events) {
        const mapped = toGa4(event, ctx.product(event.productId), ctx.warn)
        if (!mapped) continue
        if (mapped.ecommerce) {
          const { items, currency, value, ...rest } = mapped.params
          const ecommerce: Record<string, unknown> = { items }
          if (currency !== undefined) ecommerce.currency = currency
          if (value !== undefined) ecommerce.value = value
          layer.push({ ecommerce: null })
          layer.push({ event: mapped.name, ecommerce, vitrine_event_id: event.id, ...rest })
        } else {
          layer.push({ vitrine: null })
          layer.push({ event: mapped.name, vitrine_event_id: event.id, vitrine: mapped.params })
        }
      }
    },
  }
}
