import { createVitrineProductClass } from './VitrineProductElement'

/** The tag name stores write. */
export const VITRINE_PRODUCT_TAG = 'vitrine-product'

/**
 * Registers `<vitrine-product>` (or `tag`). Safe to call any number of times,
 * from several bundles on one page, and on a server, where it does nothing.
 */
export function defineVitrineProduct(tag: string = VITRINE_PRODUCT_TAG): void {
  if (typeof window === 'undefined' || typeof customElements === 'undefined' || typeof HTMLElement === 'undefined')
    return
  if (customElements.get(tag)) return
  customElements.define(tag, createVitrineProductClass())
}
