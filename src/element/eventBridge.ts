// Event bridging: every interaction of the element goes to the page's tracker
// and out as DOM CustomEvents (`vitrine-event`, `vitrine:<name>`), so a store's
// tag manager can listen without code; a failed model also becomes a typed
// `vitrine-error`; the cart button becomes `vitrine-add-to-cart`.
import type { TrackInput } from '../events/types'
import type { VitrineAddToCartDetail } from './elementApi'
import { reportError } from './errors'
import { track } from './services'

/** An event of this element's product, as the shell makes them (the live preview makes its own). */
export function productEvent(
  productId: string | undefined,
  name: string,
  ids: { variantId?: string; shadeId?: string },
  props?: TrackInput['props'],
): TrackInput {
  return { name, productId: productId ?? 'unknown', surface: 'viewer', ...ids, props }
}

/** One way out for every event: the page's tracker, `vitrine-event` and `vitrine:<name>` on the host. */
export function emitEvent(host: HTMLElement, event: TrackInput): void {
  track(event)
  const init = { detail: event, bubbles: true, composed: true }
  host.dispatchEvent(new CustomEvent('vitrine-event', init))
  host.dispatchEvent(new CustomEvent(`vitrine:${event.name}`, init))
  if (event.name === 'model_failed') {
    const reason = String(event.props?.reason ?? 'unknown')
    reportError(host, {
      code: 'model-failed',
      attribute: reason === 'bad-product' ? 'product' : 'product-src',
      field: reason,
      message: `the model could not be shown (${reason})`,
    })
  }
}

/** Asks the store to add to its cart: `vitrine-add-to-cart` with what its cart call needs. */
export function requestAddToCart(host: HTMLElement, detail: VitrineAddToCartDetail): void {
  host.dispatchEvent(new CustomEvent('vitrine-add-to-cart', { detail, bubbles: true, composed: true }))
}
