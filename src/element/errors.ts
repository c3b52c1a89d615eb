// The one way bad input leaves <vitrine-product>: a message the shopper sees
// (drawn by the element), a typed `vitrine-error` CustomEvent the store can
// listen to, and a console warning that names the attribute. Never a throw.

/** What went wrong, for code that reacts to `vitrine-error`. */
export type VitrineElementErrorCode =
  /** Neither `product-src` nor the `product` property was given. */
  | 'missing-product'
  /** `product-src` could not be fetched (network error or HTTP status). */
  | 'fetch-failed'
  /** `product-src` answered, but not with JSON. */
  | 'bad-json'
  /** The manifest (or the Shopify product) failed validation; `field` names where. */
  | 'bad-product'
  /** An attribute had a value the element does not know; it fell back to the default. */
  | 'bad-attribute'
  /** The 3D code could not be loaded (offline, a missing chunk on the store's host). */
  | 'load-failed'
  /** The model itself failed (`model_failed`): not found, corrupt, no WebGL … `field` holds the reason. */
  | 'model-failed'

/** `event.detail` of `vitrine-error`. */
export interface VitrineElementErrorDetail {
  code: VitrineElementErrorCode
  /** The attribute (or property) at fault, e.g. `product-src`, `loading`. */
  attribute?: string
  /** For `bad-product`: the manifest field, e.g. `price.currency`; for `model-failed`: the reason code. */
  field?: string
  /** A sentence for developers (the shopper sees a shorter one). */
  message: string
}

/** Dispatches `vitrine-error` on the host and warns once in the console. */
export function reportError(host: HTMLElement, detail: VitrineElementErrorDetail): void {
  const where = detail.attribute ? ` ${detail.attribute}${describeValue(host, detail.attribute)}` : ''
  console.warn(`[vitrine-product]${where}: ${detail.message}`)
  try {
    host.dispatchEvent(
      new CustomEvent<VitrineElementErrorDetail>('vitrine-error', { detail, bubbles: true, composed: true }),
    )
  } catch (err) {
    // A listener that throws must not break the element (dispatchEvent reports it, but be safe).
    console.error('[vitrine-product] a vitrine-error listener threw', err)
  }
}

function describeValue(host: HTMLElement, attribute: string): string {
  const value = host.getAttribute(attribute)
  return value === null ? '' : `="${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`
}
