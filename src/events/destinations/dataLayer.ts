import type { Destination } from '../destination'
import { toGa4Batch, type Ga4MappingOptions } from './ga4Mapping'

/** Options of the Google Tag Manager destination. */
export interface DataLayerOptions extends Ga4MappingOptions {
  /** Name of the data layer array on window (default 'dataLayer'). */
  name?: string
  /** Push into this array instead of window[name]. */
  target?: unknown[]
}

/**
 * Google Tag Manager, with the same GA4 mapping as ga4(). Ecommerce events
 * follow Google's GA4 ecommerce format: `{ecommerce: null}` first (GTM merges
 * pushes recursively, so the previous items would leak), then
 * `{event, ecommerce: {currency, value, items}}`. Other events carry their
 * parameters under `vitrine`, cleared the same way.
 */
export function dataLayer(options: DataLayerOptions = {}): Destination {
  const name = options.name ?? 'dataLayer'
  return {
    name: 'dataLayer',
    send(events, ctx) {
      const g = globalThis as unknown as Record<string, unknown[] | undefined>
      const layer = options.target ?? (g[name] ??= [])
      for (const mapped of toGa4Batch(events, ctx.product, ctx.warn, options)) {
        const eventId = mapped.sourceIds.length === 1 ? mapped.sourceIds[0] : mapped.sourceIds.join(',').slice(0, 100)
        if (mapped.ecommerce) {
          layer.push({ ecommerce: null })
          layer.push({ event: mapped.name, ecommerce: mapped.params, vitrine_event_id: eventId })
        } else {
          layer.push({ vitrine: null })
          layer.push({ event: mapped.name, vitrine_event_id: eventId, vitrine: mapped.params })
        }
      }
    },
  }
}
