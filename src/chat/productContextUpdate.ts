import type { ChatContextUpdate } from './types'

/** What the context needs of a product (a parsed `Product` fits; `vitrine/chat` stays free of the product layer). */
export interface ProductInView {
  id: string
  name: string
  variants: readonly { id: string; name: string }[]
  shades: readonly { id: string; name: string }[]
}

/**
 * The chat context for the product a shopper is looking at in the viewer, with
 * the chosen variant and shade by id and by name (ids that the product does not
 * have are left out, so an agent never sees a stale choice).
 */
export function productContextUpdate(
  product: ProductInView,
  choice: { variantId?: string; shadeId?: string },
): ChatContextUpdate {
  const variant = product.variants.find((v) => v.id === choice.variantId)
  const shade = product.shades.find((s) => s.id === choice.shadeId)
  return {
    productId: product.id,
    productName: product.name,
    variantId: variant?.id,
    variantName: variant?.name,
    shadeId: shade?.id,
    shadeName: shade?.name,
    surface: 'viewer',
  }
}
