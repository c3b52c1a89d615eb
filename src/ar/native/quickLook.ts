export interface QuickLookOptions {
  /** False adds `#allowsContentScaling=0` so the shopper sees true size only. */
  allowScaling?: boolean
  /** Shown as the share link inside Quick Look. */
  canonicalWebPageUrl?: string
}

/**
 * The href for `<a rel="ar">`. Safari drops the fragment on blob: URLs, so
 * the options only take effect on a served USDZ (model-viewer #2405).
 */
export function quickLookHref(usdzUrl: string, opts: QuickLookOptions = {}): string {
  const fragment = new URLSearchParams()
  if (opts.allowScaling === false) fragment.set('allowsContentScaling', '0')
  if (opts.canonicalWebPageUrl) fragment.set('canonicalWebPageURL', opts.canonicalWebPageUrl)
  const hash = fragment.toString()
  const base = usdzUrl.split('#')[0]
  return hash ? `${base}#${hash}` : base
}

/**
 * Opens AR Quick Look the way Safari requires: a click on an `<a rel="ar">`
 * whose first child is an image. Returns the anchor (left in the document,
 * hidden) so tests can read it.
 */
export function openQuickLook(href: string, doc: Document = document): HTMLAnchorElement {
  const a = doc.createElement('a')
  a.rel = 'ar'
  a.href = href
  a.dataset.vitrineQuickLook = ''
  a.style.display = 'none'
  a.appendChild(doc.createElement('img'))
  doc.body.querySelectorAll('a[data-vitrine-quick-look]').forEach((old) => old.remove())
  doc.body.appendChild(a)
  a.click()
  return a
}
