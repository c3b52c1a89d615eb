// `vitrine/element`: registers <vitrine-product> for stores without React.
// The shell imports no React and no three; they load when the shopper comes
// near a product or taps it. Importing this on a server registers nothing.
import { defineVitrineProduct } from './define'

export { defineVitrineProduct, VITRINE_PRODUCT_TAG } from './define'
export { configureVitrine, vitrineServices, type VitrineServices } from './services'
export type { VitrineProductElement, VitrineAddToCartDetail } from './elementApi'
export type { VitrineElementErrorCode, VitrineElementErrorDetail } from './errors'
export type { ElementLoading, ElementTheme, ElementAction } from './attributes'

defineVitrineProduct()
