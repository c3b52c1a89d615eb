/** Query parameters a hand-off link carries, read back on the phone by {@link readHandoff}. */
export const HANDOFF_PARAM = 'vitrine-ar'
export const HANDOFF_VARIANT_PARAM = 'vitrine-variant'

/** The link a desktop QR code opens on a phone: this page, this product, this variant, AR requested. */
export function handoffUrl(pageUrl: string, productId: string, variantId?: string): string {
  const url = new URL(pageUrl)
  url.hash = ''
  url.searchParams.set(HANDOFF_PARAM, productId)
  if (variantId) url.searchParams.set(HANDOFF_VARIANT_PARAM, variantId)
  else url.searchParams.delete(HANDOFF_VARIANT_PARAM)
  return url.href
}

/** What a page opened from a hand-off link should show: the product and variant, with AR offered first. */
export function readHandoff(pageUrl: string): { productId: string; variantId?: string } | undefined {
  const url = new URL(pageUrl)
  const productId = url.searchParams.get(HANDOFF_PARAM)
  if (!productId) return undefined
  return { productId, variantId: url.searchParams.get(HANDOFF_VARIANT_PARAM) ?? undefined }
}
