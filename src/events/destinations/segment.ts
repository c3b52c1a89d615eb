// Segment analytics.js (analytics-next) and anything with its track()
// signature, e.g. RudderStack's `rudderanalytics`. Names by Segment's spec:
// Ecommerce v2 names where they fit (`Product Viewed`, `Product List Viewed`,
// `Product Added` only with `ecommerce: 'full'`; `Product Shared` always), and
// Object Action Title Case for everything else (`AR Product Placed`).

import { variantLabel, type Destination, type ProductInfo } from '../destination'
import type { VitrineEvent } from '../types'
import type { Ga4Ecommerce, Ga4ItemList } from './ga4Mapping'

/** The part of analytics.js (or rudderanalytics) Vitrine calls. */
export interface AnalyticsLike {
  track(event: string, properties?: Record<string, unknown>, options?: Record<string, unknown>): unknown
}

/** Options of the Segment / RudderStack destination. */
export interface SegmentOptions {
  /** The analytics object, or a getter (default: `window[globalName]`, looked up at send time). */
  analytics?: AnalyticsLike | (() => AnalyticsLike | undefined)
  /** Global to look up (default 'analytics'; 'rudderanalytics' for RudderStack). */
  globalName?: string
  /** `none` (default): the store's own tracking sends Product Viewed / Product Added; `full`: Vitrine does. */
  ecommerce?: Ga4Ecommerce
  /** Set on a listing page: previews become one `Product List Viewed` (with `full`). */
  itemList?: Ga4ItemList | (() => Ga4ItemList | undefined)
}

/** One analytics.track() call. */
export interface SegmentTrack {
  event: string
  properties: Record<string, unknown>
  options: { messageId: string; timestamp: Date; context: Record<string, unknown> }
}

/** Object Action Title Case names of Vitrine's own events (Segment's naming spec). */
export const SEGMENT_NAMES: Readonly<Record<string, string>> = {
  preview_shown: 'Product Preview Shown',
  model_loaded: 'Product Model Loaded',
  model_failed: 'Product Model Failed',
  viewer_interaction: 'Product Model Moved',
  variant_selected: 'Product Variant Selected',
  hotspot_opened: 'Product Hotspot Opened',
  dimensions_toggled: 'Product Dimensions Toggled',
  snapshot_taken: 'Product Snapshot Saved',
  resolution_changed: 'Viewer Resolution Changed',
  texture_failed: 'Product Texture Failed',
  add_to_cart: 'Add To Cart Clicked',
  chat_opened: 'Product Chat Opened',
  ar_offered: 'AR Offered',
  ar_tapped: 'AR Button Tapped',
  ar_started: 'AR Session Started',
  ar_surface_found: 'AR Surface Found',
  ar_placed: 'AR Product Placed',
  ar_adjusted: 'AR Product Adjusted',
  ar_tracking_lost: 'AR Tracking Lost',
  ar_tracking_resumed: 'AR Tracking Resumed',
  ar_failed: 'AR Session Failed',
  ar_ended: 'AR Session Ended',
  tryon_started: 'Try On Started',
  tryon_camera_denied: 'Try On Camera Denied',
  tryon_face_found: 'Try On Face Found',
  shade_selected: 'Product Shade Selected',
  tryon_compare: 'Try On Compare Toggled',
  tryon_ended: 'Try On Ended',
  coview_started: 'Live View Shared',
  coview_suggestion: 'Live View Suggestion Received',
  coview_accepted: 'Live View Suggestion Accepted',
  coview_ended: 'Live View Ended',
}

/** `store_custom_thing` -> `Store Custom Thing`; `ar_x` -> `AR X`. */
export function titleCase(snake: string): string {
  return snake
    .split('_')
    .filter(Boolean)
    .map((w) => (w === 'ar' ? 'AR' : w[0].toUpperCase() + w.slice(1)))
    .join(' ')
}

function options(event: VitrineEvent): SegmentTrack['options'] {
  const vitrine: Record<string, unknown> = { schema: 1, session_id: event.sessionId }
  if (event.user?.customer_id) vitrine.customer_id = event.user.customer_id
  // Segment dedupes on messageId, so a re-sent event is dropped server-side.
  return { messageId: event.id, timestamp: new Date(event.ts), context: { vitrine } }
}

/** The spec's product properties (Ecommerce v2) that Vitrine can fill. */
function productProps(event: VitrineEvent, product: ProductInfo | undefined): Record<string, unknown> {
  const p: Record<string, unknown> = { product_id: event.productId, sku: event.productId }
  if (product?.name) p.name = product.name
  if (product?.brand) p.brand = product.brand
  if (product?.category) p.category = product.category
  const variant = variantLabel(event, product)
  if (variant) p.variant = variant
  return p
}

function productViewed(event: VitrineEvent, product: ProductInfo | undefined): SegmentTrack {
  const properties = productProps(event, product)
  if (product?.price)
    Object.assign(properties, {
      price: product.price.amount,
      currency: product.price.currency,
      value: product.price.amount,
    })
  return { event: 'Product Viewed', properties, options: options(event) }
}

function productAdded(event: VitrineEvent, product: ProductInfo | undefined): SegmentTrack {
  const properties = productProps(event, product)
  const price = typeof event.props.price === 'number' ? event.props.price : product?.price?.amount
  const currency = typeof event.props.currency === 'string' ? event.props.currency : product?.price?.currency
  const quantity = typeof event.props.quantity === 'number' ? event.props.quantity : 1
  if (price !== undefined) properties.price = price
  properties.quantity = quantity
  if (currency) properties.currency = currency
  if (price !== undefined) properties.value = Math.round(price * quantity * 100) / 100
  return { event: 'Product Added', properties, options: options(event) }
}

function productShared(event: VitrineEvent, product: ProductInfo | undefined): SegmentTrack {
  return {
    event: 'Product Shared',
    properties: { share_via: 'web_share', ...productProps(event, product) },
    options: options(event),
  }
}

function productListViewed(
  events: VitrineEvent[],
  product: (id: string) => ProductInfo | undefined,
  list: Ga4ItemList,
): SegmentTrack {
  const products = events.map((e, i) => {
    const p = productProps(e, product(e.productId))
    const price = product(e.productId)?.price
    if (price) p.price = price.amount
    p.position = i + 1
    return p
  })
  const properties: Record<string, unknown> = { list_id: list.id }
  if (list.name) properties.category = list.name
  properties.products = products
  // One track for the whole list: its messageId is the first preview's, so a re-send still dedupes.
  return { event: 'Product List Viewed', properties, options: options(events[0]) }
}

/** Custom events: Object Action Title Case, product fields plus the event's own props (snake_case, as the spec's). */
function customTrack(event: VitrineEvent, product: ProductInfo | undefined): SegmentTrack {
  const properties: Record<string, unknown> = { product_id: event.productId, surface: event.surface }
  if (event.variantId) properties.variant_id = event.variantId
  if (event.shadeId) properties.shade_id = event.shadeId
  const variant = variantLabel(event, product)
  if (variant) properties.variant = variant
  if (product?.name) properties.name = product.name
  Object.assign(properties, event.props)
  return { event: SEGMENT_NAMES[event.name] ?? titleCase(event.name), properties, options: options(event) }
}

/** The Segment track() call for one Vitrine event on a product page. */
export function toSegment(
  event: VitrineEvent,
  product: ProductInfo | undefined,
  opts: Pick<SegmentOptions, 'ecommerce'> = {},
): SegmentTrack {
  const full = opts.ecommerce === 'full'
  if (event.name === 'preview_shown' && full) return productViewed(event, product)
  if (event.name === 'add_to_cart' && full) return productAdded(event, product)
  if (event.name === 'snapshot_taken' && event.props.method === 'share') return productShared(event, product)
  return customTrack(event, product)
}

/** A batch -> track() calls; on a listing, previews become one `Product List Viewed` (with `full`) or nothing. */
export function toSegmentBatch(
  events: readonly VitrineEvent[],
  product: (id: string) => ProductInfo | undefined,
  opts: Pick<SegmentOptions, 'ecommerce' | 'itemList'> = {},
): SegmentTrack[] {
  const list = typeof opts.itemList === 'function' ? opts.itemList() : opts.itemList
  const previews = events.filter((e) => e.name === 'preview_shown')
  const listing = !!list || new Set(previews.map((e) => e.productId)).size > 1
  const out: SegmentTrack[] = []
  let listEmitted = false
  for (const event of events) {
    if (event.name === 'preview_shown' && listing) {
      if (opts.ecommerce === 'full' && !listEmitted)
        out.push(productListViewed(previews, product, list ?? { id: 'vitrine_previews' }))
      listEmitted = true
      continue
    }
    out.push(toSegment(event, product(event.productId), opts))
  }
  return out
}

/** Segment / RudderStack: `analytics.track()` by the spec's names, with `messageId` = event id. */
export function segment(options: SegmentOptions = {}): Destination {
  const globalName = options.globalName ?? 'analytics'
  let missingWarned = false
  return {
    name: 'segment',
    send(events, ctx) {
      const source = options.analytics
      const analytics =
        typeof source === 'function'
          ? source()
          : (source ?? ((globalThis as Record<string, unknown>)[globalName] as AnalyticsLike | undefined))
      if (!analytics || typeof analytics.track !== 'function') {
        if (!missingWarned)
          ctx.warn(`segment(): no ${globalName}.track(); add the analytics.js snippet. Events are not sent.`)
        missingWarned = true
        return
      }
      for (const t of toSegmentBatch(events, ctx.product, options)) analytics.track(t.event, t.properties, t.options)
    },
  }
}
