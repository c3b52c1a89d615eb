import type { TextureFailure } from '../model'

/**
 * Tells the developer which textures of which model failed to decode, once
 * per texture. Always on (not only in development): it only fires when a
 * shopper is being shown wrong colours, which a store wants to hear about.
 */
export function warnTextureFailures(productId: string, src: string, failures: readonly TextureFailure[]): void {
  for (const f of failures) {
    console.warn(
      `[vitrine] ${productId}: texture "${f.texture}" of ${src} could not be decoded (${f.reason}). ` +
        'The model is shown without it, so its colours may be wrong; re-export the texture (PNG/JPEG/WebP/KTX2, ' +
        'at most 4096×4096 for phones).',
    )
  }
}

/** The failures in `failures` not in `seen`, adding them to it. */
export function newFailures(seen: Set<string>, failures: readonly TextureFailure[]): TextureFailure[] {
  const fresh = failures.filter((f) => !seen.has(f.texture))
  for (const f of fresh) seen.add(f.texture)
  return fresh
}
