// The Content-Security-Policy a store can set with Vitrine on its page: the one set the
// README documents, tested by the consumer matrix (a page with exactly this policy must work).

/**
 * Directive → sources. `CDN` stands for the origin that serves the store's JS and Vitrine's
 * runtime files when that is not the page's own origin (drop it when everything is on 'self').
 * - script-src 'wasm-unsafe-eval': the Draco, Basis and face-model decoders are WebAssembly;
 *   'unsafe-eval' and blob: only for try-on: MediaPipe's face mesh evaluates its own loader script, and
 *   its scripts run from blob: URLs of the copies kept in the Cache API.
 * - worker-src 'self' blob:: workers must be same-origin with the page; three's Draco and KTX2 loaders
 *   start theirs from blob: URLs.
 * - connect-src: models, decoders and the face model are fetched from the page's origin or the CDN;
 *   blob: and data: because three's KTX2 loader and the face model read files handed to them that way.
 * - img-src blob: data:: generated textures, snapshots and the QR code image.
 * - style-src 'unsafe-inline': the components inject their own <style> and set inline styles.
 */
export const VITRINE_CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", 'CDN', 'blob:', "'wasm-unsafe-eval'", "'unsafe-eval'"],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'", 'CDN', 'blob:', 'data:'],
  'img-src': ["'self'", 'CDN', 'blob:', 'data:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
}

/** The policy as a header value, with `CDN` replaced by that origin or dropped. */
export function cspHeader(cdnOrigin?: string): string {
  return Object.entries(VITRINE_CSP)
    .map(([name, sources]) =>
      [name, ...sources.flatMap((s) => (s === 'CDN' ? (cdnOrigin ? [cdnOrigin] : []) : [s]))].join(' '),
    )
    .join('; ')
}
