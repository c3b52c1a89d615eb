// The field names of the specs the mappings follow, copied from the specs
// (reference/reporting.md §1a, §1b) so tests can check every mapped event
// against them. Test support only; not exported from `vitrine/events`.

/** GA4 item fields (developers.google.com/analytics/devguides/collection/ga4/ecommerce). */
export const GA4_ITEM_FIELDS = [
  'item_id',
  'item_name',
  'affiliation',
  'coupon',
  'discount',
  'index',
  'item_brand',
  'item_category',
  'item_category2',
  'item_category3',
  'item_category4',
  'item_category5',
  'item_list_id',
  'item_list_name',
  'item_variant',
  'location_id',
  'price',
  'quantity',
]

/** GA4 recommended events Vitrine may send, with their event-level parameters. */
export const GA4_EVENT_PARAMS: Record<string, string[]> = {
  view_item: ['currency', 'value', 'items'],
  view_item_list: ['item_list_id', 'item_list_name', 'items'],
  add_to_cart: ['currency', 'value', 'items'],
  share: ['method', 'content_type', 'item_id'],
}

/** Segment Ecommerce v2 product properties (segment-docs src/connections/spec/ecommerce/v2.md). */
export const SEGMENT_PRODUCT_FIELDS = [
  'product_id',
  'sku',
  'category',
  'name',
  'brand',
  'variant',
  'price',
  'quantity',
  'coupon',
  'position',
  'url',
  'image_url',
]

/** Segment Ecommerce v2 events Vitrine may send, with their properties. */
export const SEGMENT_EVENT_PROPS: Record<string, string[]> = {
  'Product Viewed': [...SEGMENT_PRODUCT_FIELDS, 'currency', 'value'],
  'Product Added': [...SEGMENT_PRODUCT_FIELDS, 'cart_id', 'currency', 'value'],
  'Product List Viewed': ['list_id', 'category', 'products'],
  'Product Shared': ['share_via', 'share_message', 'recipient', ...SEGMENT_PRODUCT_FIELDS],
}

/** Segment's naming spec: Object Action, each word capitalised (AR stays AR). */
export const OBJECT_ACTION_TITLE_CASE = /^(?:AR|[A-Z][a-z0-9]*)(?: (?:AR|[A-Z][a-z0-9]*))+$/
