/**
 * The address of a file the store's bundler emitted from
 * `new URL('…', import.meta.url)`. Next.js's Turbopack, without `assetPrefix`,
 * gives client chunks a `file://` `import.meta.url`, so the emitted file comes
 * out as `file:///_next/static/media/…`, which a page cannot load. Such a URL
 * is taken as a path on the page's own origin, where the file really is.
 */
export function bundledUrl(url: URL): string {
  const page = globalThis.location
  if (url.protocol === 'file:' && page && page.protocol !== 'file:') return new URL(url.pathname, page.href).href
  return url.href
}
