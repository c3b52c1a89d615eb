// Segment analytics.js (analytics-next) and anything with its track()
// signature, e.g. RudderStack's `rudderanalytics`.

import { variantLabel, type Destination, type ProductInfo } from '../destination'
import type { VitrineEvent } from '../types'

export interface AnalyticsLike {
  track(event: string, properties?: Record<string, unknown>, options?: Record<string, unknown>): unknown
}

export interface SegmentOptions {
  /** The analytics object, or a getter (default: `window[globalName]`, looked up at send time). */
  analytics?: AnalyticsLike | (() => AnalyticsLike | undefined)
  /** Global to look up (default 'analytics'; 'rudderanalytics' for RudderStack). */
  globalName?: string
}

export interface SegmentTrack {
  event: string
  properties: Record<string, unknown>
  options: { messageId: string; timestamp: Date; context: Record<string, unknown> }
}

/** Ecommerce spec v2 names for shopping events; every other event keeps its snake_case name. */
export function toSegment(event: VitrineEvent, product: ProductInfo | undefined): SegmentTrack {
  const options = {
    // Segment dedupes on messageId, so a re-sent event is dropped server-side.
    messageId: event.id,
    timestamp: new Date(event.ts),
    context: { vitrine: { schema: 1, session_id: event.sessionId } },
  }
  if (event.name === 'preview_shown' || event.name === 'add_to_cart') {
    const properties: Record<string, unknown> = { product_id: event.productId, sku: event.productId, surface: event.surface }
    if (product?.name) properties.name = product.name
    if (product?.brand) properties.brand = product.brand
    if (product?.category) properties.category = product.category
    const variant = variantLabel(event, product)
    if (variant) properties.variant = variant
    const price = typeof event.props.price === 'number' ? event.props.price : product?.price?.amount
    const currency = typeof event.props.currency === 'string' ? event.props.currency : product?.price?.currency
    if (price !== undefined) properties.price = price
    if (currency) properties.currency = currency
    if (event.name === 'add_to_cart') {
      const quantity = typeof event.props.quantity === 'number' ? event.props.quantity : 1
      properties.quantity = quantity
      if (price !== undefined) properties.value = Math.round(price * quantity * 100) / 100
      return { event: 'Product Added', properties, options }
    }
    if (price !== undefined) properties.value = price
    return { event: 'Product Viewed', properties, options }
  }
  const properties: Record<string, unknown> = { product_id: event.productId, surface: event.surface }
  if (event.variantId) properties.variant_id = event.variantId
  if (event.shadeId) properties.shade_id = event.shadeId
  const variant = variantLabel(event, product)
  if (variant) properties.variant = variant
  Object.assign(properties, event.props)
  return { event: event.name, properties, options }
}

/** Segment / RudderStack: `analytics.track()` with Ecommerce v2 names and `messageId` = event id. */
export function segment(options: SegmentOptions = {}): Destination {
  const globalName = options.globalName ?? 'analytics'
  let missingWarned = false
  return {
    name: 'segment',
    send(events, ctx) {
      const source = options.analytics
      const analytics = typeof source === 'function' ? source() : source ?? (globalThis as Record<string, unknown>)[globalName] as AnalyticsLike | undefined
      if (!analytics || typeof analytics.track !== 'function') {
        if (!missingWarned) ctx.warn(`segment(): no ${globalName}.track(); add the analytics.js snippet. Events are not sent.`)
        missingWarned = true
        return
      }
      for (const event of events) {
        const t = toSegment(event, ctx.product(event.productId))
        analytics.track(t.event, t.properties, t.options)
      }
    },
  }
}
