// The public face of <vitrine-product> beyond its attributes: what a store's
// script may read and call, and what `vitrine-add-to-cart` carries.
import type { Product } from '../product'
import type { ViewerStrings } from '../ui/strings'
import type { PreviewStrings } from '../preview/previewStrings'

/** The element's JavaScript API, beyond its attributes. */
export interface VitrineProductElement extends HTMLElement {
  /** The manifest as an object (raw JSON or a parsed Product); wins over `product-src`. */
  product: unknown
  /** The validated product once loaded, else undefined. */
  readonly manifest: Product | undefined
  /** Replace shopper-facing text of the preview (i18n). */
  strings: Partial<PreviewStrings> | undefined
  /** Replace shopper-facing text of the 3D viewer (i18n). */
  viewerStrings: Partial<ViewerStrings> | undefined
  /** Load the 3D view now, as a tap on "View in 3D" would. */
  activate(): void
}

/** `event.detail` of `vitrine-add-to-cart`: what the store's cart call needs (variantId is the store's variant id). */
export interface VitrineAddToCartDetail {
  productId: string
  variantId?: string
  shadeId?: string
  quantity: number
}

/** Properties a page may set before the element is defined. */
const PROPERTIES = ['product', 'strings', 'viewerStrings'] as const

/**
 * A property set before the element was defined (an inline script above the module) is an own
 * property that hides the class's accessor: delete it and set it again through the accessor.
 */
export function adoptEarlyProperties(el: HTMLElement): void {
  const own = el as unknown as Record<string, unknown>
  for (const key of PROPERTIES) {
    if (!Object.prototype.hasOwnProperty.call(el, key)) continue
    const value = own[key]
    delete own[key]
    own[key] = value
  }
}
