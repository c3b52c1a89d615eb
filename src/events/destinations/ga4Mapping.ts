// VitrineEvent -> GA4 event (shared by ga4() and dataLayer()). Shopping events
// become GA4's recommended ecommerce events; the rest go as custom events
// within GA4's collection limits (support.google.com/analytics/answer/9267744).

import { variantLabel, type ProductInfo } from '../destination'
import type { VitrineEvent } from '../types'

export const GA4_LIMITS = { eventName: 40, params: 25, paramName: 40, paramValue: 100 } as const

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/
const RESERVED_EVENTS = new Set(['ad_activeview', 'ad_click', 'ad_exposure', 'ad_query', 'ad_reward', 'adunit_exposure', 'app_background', 'app_clear_data', 'app_exception', 'app_remove', 'app_store_refund', 'app_store_subscription_cancel', 'app_store_subscription_convert', 'app_store_subscription_renew', 'app_update', 'app_upgrade', 'click', 'dynamic_link_app_open', 'dynamic_link_app_update', 'dynamic_link_first_open', 'error', 'file_download', 'firebase_campaign', 'firebase_in_app_message_action', 'firebase_in_app_message_dismiss', 'firebase_in_app_message_impression', 'first_open', 'first_visit', 'form_start', 'form_submit', 'in_app_purchase', 'notification_dismiss', 'notification_foreground', 'notification_open', 'notification_receive', 'os_update', 'page_view', 'screen_view', 'scroll', 'session_start', 'user_engagement', 'video_complete', 'video_progress', 'video_start', 'view_search_results'])
const RESERVED_PARAM_PREFIX = /^(_|firebase_|ga_|google_|gtag\.)/
const RESERVED_PARAMS = new Set(['cid', 'currency', 'customer_id', 'gclid', 'session_id', 'sid', 'uid', 'user_id', 'userid'])

export interface Ga4Item {
  item_id: string
  item_name?: string
  item_brand?: string
  item_category?: string
  item_variant?: string
  price?: number
  quantity?: number
}

export interface Ga4Event {
  name: string
  params: Record<string, string | number | boolean | Ga4Item[]>
  /** True for recommended ecommerce events (dataLayer needs the `ecommerce: null` push first). */
  ecommerce: boolean
}

const ECOMMERCE: Record<string, string> = {
  preview_shown: 'view_item',
  variant_selected: 'select_item',
  shade_selected: 'select_item',
  add_to_cart: 'add_to_cart',
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

function ecommerceEvent(name: string, event: VitrineEvent, product: ProductInfo | undefined): Ga4Event {
  const it = item(event, product)
  const params: Ga4Event['params'] = { surface: event.surface }
  if (name === 'add_to_cart') {
    const price = num(event.props.price) ?? product?.price?.amount
    const quantity = num(event.props.quantity) ?? 1
    const currency = str(event.props.currency) ?? product?.price?.currency
    if (price !== undefined) it.price = price
    it.quantity = quantity
    if (price !== undefined && currency) { params.currency = currency; params.value = round2(price * quantity) }
  } else if (name === 'view_item' && product?.price) {
    it.price = product.price.amount
    params.currency = product.price.currency
    params.value = product.price.amount
  }
  params.items = [it]
  return { name, params, ecommerce: true }
}

/** The GA4 event for a Vitrine event, or null (with a reason) when GA4 would not log it. */
export function toGa4(event: VitrineEvent, product: ProductInfo | undefined, warn: (msg: string) => void = () => {}): Ga4Event | null {
  const mapped = ECOMMERCE[event.name]
  if (mapped) return ecommerceEvent(mapped, event, product)
  if (event.name.length > GA4_LIMITS.eventName || !NAME.test(event.name) || RESERVED_EVENTS.has(event.name)) {
    warn(`GA4 would not log "${event.name}" (reserved, invalid or longer than 40 characters)`)
    return null
  }
  const params: Ga4Event['params'] = {}
  let count = 0
  const add = (key: string, value: unknown) => {
    if (value === null || value === undefined) return
    if (key.length > GA4_LIMITS.paramName || !NAME.test(key) || RESERVED_PARAM_PREFIX.test(key) || RESERVED_PARAMS.has(key)) {
      warn(`GA4: dropped parameter "${key}" of "${event.name}" (reserved or invalid name)`)
      return
    }
    if (count >= GA4_LIMITS.params) {
      warn(`GA4: dropped parameter "${key}" of "${event.name}" (more than ${GA4_LIMITS.params} parameters)`)
      return
    }
    params[key] = typeof value === 'string' ? clip(value) : (value as number | boolean)
    count++
  }
  add('product_id', event.productId)
  add('variant_id', event.variantId)
  add('shade_id', event.shadeId)
  add('surface', event.surface)
  for (const [key, value] of Object.entries(event.props)) add(key, value)
  return { name: event.name, params, ecommerce: false }
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)
const round2 = (n: number) => Math.round(n * 100) / 100
