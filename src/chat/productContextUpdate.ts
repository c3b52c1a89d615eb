import type { Product } from '../product'
import type { ChatContextUpdate } from './types'

/**
 * The chat context for the product a shopper is looking at in the viewer, with
 * the chosen variant and shade by id and by name (ids that the product does not
 * have are left out, so an agent never sees a stale choice).
 */
export function productContextUpdate(
  product: Product,
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
