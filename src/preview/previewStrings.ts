/** Shopper-facing words of <ProductPreview>; pass a partial object as `strings` to translate. */
export interface PreviewStrings {
  variantLabel: string
  shadeLabel: string
  tryItOn: string
  askAboutThis: string
  addToCart: (price: string) => string
  close: string
  tryOnTitle: (productName: string) => string
}

/** The words `<ProductPreview>` shows by default; pass a partial copy as `strings` to change some. */
export const defaultPreviewStrings: PreviewStrings = {
  variantLabel: 'Colour',
  shadeLabel: 'Shade',
  tryItOn: 'Try it on',
  askAboutThis: 'Ask about this',
  addToCart: (price) => `Add to cart · ${price}`,
  close: 'Close',
  tryOnTitle: (name) => `Try on ${name}`,
}

export function formatPrice(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)
  } catch {
    return `${amount} ${currency}`
  }
}
