// VitrineEvent -> GA4 event (shared by ga4() and dataLayer()), by Google's
// spec: recommended ecommerce events only where the store opted in (its own
// tag already sends view_item and add_to_cart), never select_item (GA4 keeps
// it for picking an item from a list), `share` for a shared snapshot, and
// custom events for 3D, AR and try-on within GA4's collection limits
// (support.google.com/analytics/answer/9267744).

import { variantLabel, type ProductInfo } from '../destination'
import type { VitrineEvent } from '../types'

/** GA4's collection limits (name and value lengths, parameters per event, items), which the mapping keeps to. */
export const GA4_LIMITS = { eventName: 40, params: 25, paramName: 40, paramValue: 100, items: 200 } as const

/**
 * `none` (default): only custom events, because the store's own tag already
 * sends `view_item`, `view_item_list` and `add_to_cart`. `full`: Vitrine sends
 * those recommended ecommerce events too, for stores whose tag does not.
 */
export type Ga4Ecommerce = 'full' | 'none'

/** A product list the page shows (GA4 `item_list_id` / `item_list_name`). */
export interface Ga4ItemList {
  id: string
  name?: string
}

/** How Vitrine events become GA4 events: `ecommerce: 'full'` also sends the recommended ecommerce events. */
export interface Ga4MappingOptions {
  ecommerce?: Ga4Ecommerce
  /**
   * Set on a listing page: every `preview_shown` of a batch then becomes one
   * `view_item_list` (ecommerce `full`) instead of a `view_item` per card.
   * Without it, a batch with previews of several products counts as a listing.
   */
  itemList?: Ga4ItemList | (() => Ga4ItemList | undefined)
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/
const RESERVED_EVENTS = new Set([
  'ad_activeview',
  'ad_click',
  'ad_exposure',
  'ad_query',
  'ad_reward',
  'adunit_exposure',
  'app_background',
  'app_clear_data',
  'app_exception',
  'app_remove',
  'app_store_refund',
  'app_store_subscription_cancel',
  'app_store_subscription_convert',
  'app_store_subscription_renew',
  'app_update',
  'app_upgrade',
  'click',
  'dynamic_link_app_open',
  'dynamic_link_app_update',
  'dynamic_link_first_open',
  'error',
  'file_download',
  'firebase_campaign',
  'firebase_in_app_message_action',
  'firebase_in_app_message_dismiss',
  'firebase_in_app_message_impression',
  'first_open',
  'first_visit',
  'form_start',
  'form_submit',
  'in_app_purchase',
  'notification_dismiss',
  'notification_foreground',
  'notification_open',
  'notification_receive',
  'os_update',
  'page_view',
  'screen_view',
  'scroll',
  'session_start',
  'user_engagement',
  'video_complete',
  'video_progress',
  'video_start',
  'view_search_results',
])
const RESERVED_PARAM_PREFIX = /^(_|firebase_|ga_|google_|gtag\.)/
const RESERVED_PARAMS = new Set([
  'cid',
  'currency',
  'customer_id',
  'gclid',
  'session_id',
  'sid',
  'uid',
  'user_id',
  'userid',
])

/** A GA4 `items[]` entry (the spec's item fields that Vitrine can fill). */
export interface Ga4Item {
  item_id: string
  item_name?: string
  item_brand?: string
  item_category?: string
  item_variant?: string
  item_list_id?: string
  item_list_name?: string
  index?: number
  price?: number
  quantity?: number
}

/** One GA4 event: its name, its parameters, and whether it is a recommended ecommerce event. */
export interface Ga4Event {
  name: string
  params: Record<string, string | number | boolean | Ga4Item[]>
  /** True for recommended ecommerce events (dataLayer needs the `ecommerce: null` push first). */
  ecommerce: boolean
  /** The Vitrine event(s) it stands for. */
  sourceIds: string[]
}

/** Custom GA4 names where the catalogue name would mislead; every other event keeps its catalogue name. */
export const GA4_CUSTOM_NAMES: Readonly<Record<string, string>> = {
  preview_shown: 'view_item_3d',
  add_to_cart: 'add_to_cart_clicked',
}

const clip = (s: string) => (s.length > GA4_LIMITS.paramValue ? s.slice(0, GA4_LIMITS.paramValue) : s)

function item(event: VitrineEvent, product: ProductInfo | undefined): Ga4Item {
  const out: Ga4Item = { item_id: clip(event.productId) }
  if (product?.name) out.item_name = clip(product.name)
  if (product?.brand) out.item_brand = clip(product.brand)
  if (product?.category) out.item_category = clip(product.category)
  const variant = variantLabel(event, product)
  if (variant) out.item_variant = clip(variant)
  return out
}

function viewItem(event: VitrineEvent, product: ProductInfo | undefined): Ga4Event {
  const it = item(event, product)
  const params: Ga4Event['params'] = {}
  if (product?.price) {
    it.price = product.price.amount
    params.currency = product.price.currency
    params.value = product.price.amount
  }
  params.items = [it]
  return { name: 'view_item', params, ecommerce: true, sourceIds: [event.id] }
}

function addToCart(event: VitrineEvent, product: ProductInfo | undefined): Ga4Event {
  const it = item(event, product)
  const params: Ga4Event['params'] = {}
  const price = num(event.props.price) ?? product?.price?.amount
  const quantity = num(event.props.quantity) ?? 1
  const currency = str(event.props.currency) ?? product?.price?.currency
  if (price !== undefined) it.price = price
  it.quantity = quantity
  // GA4: value needs currency, and is the sum of price * quantity.
  if (price !== undefined && currency) {
    params.currency = currency
    params.value = round2(price * quantity)
  }
  params.items = [it]
  return { name: 'add_to_cart', params, ecommerce: true, sourceIds: [event.id] }
}

function viewItemList(
  events: VitrineEvent[],
  product: (id: string) => ProductInfo | undefined,
  list: Ga4ItemList,
): Ga4Event {
  const items = events.slice(0, GA4_LIMITS.items).map((e, index) => {
    const it = item(e, product(e.productId))
    const p = product(e.productId)?.price
    if (p) it.price = p.amount
    it.index = index
    return it
  })
  const params: Ga4Event['params'] = { item_list_id: clip(list.id) }
  if (list.name) params.item_list_name = clip(list.name)
  params.items = items
  return { name: 'view_item_list', params, ecommerce: true, sourceIds: events.map((e) => e.id) }
}

/** GA4 `share` for a snapshot the shopper sent with the share sheet (a download is not a share). */
function share(event: VitrineEvent): Ga4Event {
  return {
    name: 'share',
    params: { method: 'web_share', content_type: 'product_snapshot', item_id: clip(event.productId) },
    ecommerce: false,
    sourceIds: [event.id],
  }
}

/** A custom event within GA4's limits, or null (with a reason) when GA4 would not log it. */
function custom(
  name: string,
  event: VitrineEvent,
  product: ProductInfo | undefined,
  warn: (msg: string) => void,
): Ga4Event | null {
  if (name.length > GA4_LIMITS.eventName || !NAME.test(name) || RESERVED_EVENTS.has(name)) {
    warn(`GA4 would not log "${name}" (reserved, invalid or longer than 40 characters)`)
    return null
  }
  const params: Ga4Event['params'] = {}
  let count = 0
  const add = (key: string, value: unknown) => {
    if (value === null || value === undefined) return
    if (
      key.length > GA4_LIMITS.paramName ||
      !NAME.test(key) ||
      RESERVED_PARAM_PREFIX.test(key) ||
      RESERVED_PARAMS.has(key)
    ) {
      warn(`GA4: dropped parameter "${key}" of "${name}" (reserved or invalid name)`)
      return
    }
    if (count >= GA4_LIMITS.params) {
      warn(`GA4: dropped parameter "${key}" of "${name}" (more than ${GA4_LIMITS.params} parameters)`)
      return
    }
    params[key] = typeof value === 'string' ? clip(value) : (value as number | boolean)
    count++
  }
  // The item fields' names, so GA4 reports can put custom events next to ecommerce ones.
  const it = item(event, product)
  add('item_id', it.item_id)
  add('item_name', it.item_name)
  add('item_variant', it.item_variant)
  add('variant_id', event.variantId)
  add('shade_id', event.shadeId)
  add('surface', event.surface)
  for (const [key, value] of Object.entries(event.props)) add(key, value)
  return { name, params, ecommerce: false, sourceIds: [event.id] }
}

/** The GA4 event for one Vitrine event on a product page, or null when nothing should be sent. */
export function toGa4(
  event: VitrineEvent,
  product: ProductInfo | undefined,
  warn: (msg: string) => void = () => {},
  options: Ga4MappingOptions = {},
): Ga4Event | null {
  const full = options.ecommerce === 'full'
  if (event.name === 'preview_shown' && full) return viewItem(event, product)
  if (event.name === 'add_to_cart' && full) return addToCart(event, product)
  if (event.name === 'snapshot_taken' && event.props.method === 'share') return share(event)
  return custom(GA4_CUSTOM_NAMES[event.name] ?? event.name, event, product, warn)
}

/**
 * A batch of Vitrine events -> GA4 events. On a listing (the `itemList`
 * option, or previews of several products in one batch) the previews become
 * one `view_item_list` with `ecommerce: 'full'`; with `none` they are left to
 * the store's own tag, which owns list impressions.
 */
export function toGa4Batch(
  events: readonly VitrineEvent[],
  product: (id: string) => ProductInfo | undefined,
  warn: (msg: string) => void = () => {},
  options: Ga4MappingOptions = {},
): Ga4Event[] {
  const list = typeof options.itemList === 'function' ? options.itemList() : options.itemList
  const previews = events.filter((e) => e.name === 'preview_shown')
  const listing = !!list || new Set(previews.map((e) => e.productId)).size > 1
  const out: Ga4Event[] = []
  let listEmitted = false
  for (const event of events) {
    if (event.name === 'preview_shown' && listing) {
      if (options.ecommerce === 'full' && !listEmitted)
        out.push(viewItemList(previews, product, list ?? { id: 'vitrine_previews' }))
      listEmitted = true
      continue
    }
    const mapped = toGa4(event, product(event.productId), warn, options)
    if (mapped) out.push(mapped)
  }
  return out
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
const round2 = (n: number) => Math.round(n * 100) / 100
