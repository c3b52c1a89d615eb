// Tells the page's tracker and chat which product (and which variant and shade)
// this element shows, so events and a chat hand-off carry it.
import type { Product } from '../product'
import { productContextUpdate } from '../chat/productContextUpdate'
import { vitrineServices } from './services'

/**
 * Describes `product` to the tracker and, unless the live preview does it itself
 * (`previewLive`), sets the chat's context to the chosen variant and shade.
 */
export function describeProduct(
  product: Product,
  choice: { variantId?: string; shadeId?: string },
  previewLive: boolean,
): void {
  const { tracker, chat } = vitrineServices()
  try {
    tracker?.describeProduct?.(product)
  } catch {
    /* analytics never breaks the element */
  }
  if (!previewLive) chat?.setContext(productContextUpdate(product, choice))
}
