// Where Vitrine's runtime files (decoders, face model) come from. By default
// each one is the copy the store's bundler emitted from `new URL(…,
// import.meta.url)`; a store whose build does not emit them (esbuild, no
// bundler) or that hosts them on its own CDN copies them with
// `npx vitrine copy-assets <dir>` and names that folder here.

let assetBase: string | undefined

/**
 * Serve Vitrine's runtime files from your own folder or CDN: every such file is then
 * fetched from `${base}${fileName}`, under the stable names `npx vitrine copy-assets` writes.
 * Call it before the first viewer or try-on mounts; `undefined` goes back to the bundled files.
 * @example setAssetBase('/vitrine/')
 */
export function setAssetBase(base: string | undefined): void {
  if (base !== undefined && typeof base !== 'string') {
    throw new TypeError(`setAssetBase expects a URL string such as '/vitrine/', got ${typeof base}`)
  }
  assetBase = base === undefined || base === '' ? undefined : resolveBase(base)
}

/** The folder set with {@link setAssetBase}, as an absolute URL ending in `/`, if any. */
export function getAssetBase(): string | undefined {
  return assetBase
}

/** An absolute folder URL ending in `/`: workers fetch it, and they have no page to resolve against. */
export function resolveBase(base: string): string {
  const folder = base.endsWith('/') ? base : `${base}/`
  return new URL(folder, globalThis.location?.href ?? 'http://localhost/').href
}
