export { parseProduct, assertProduct, ProductError, type ParseProductResult } from './parseProduct'
export {
  PRODUCT_KINDS,
  PLACEMENTS,
  FINISHES,
  LENGTH_UNITS,
  type Product,
  type ProductInput,
  type ProductSource,
  type ProductKind,
  type Placement,
  type Finish,
  type Variant,
  type Shade,
  type Hotspot,
  type Dimensions,
} from './schema'
export { toMetres } from './units'
export { VitrineError, isVitrineError, type ErrorSurface } from '../errors/VitrineError'
export {
  fromShopifyProduct,
  assertShopifyProduct,
  ShopifyProductError,
  type ShopifyMappingOptions,
  type FromShopifyResult,
} from './shopify'
