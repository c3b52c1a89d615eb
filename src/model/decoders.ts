// Decoder files ship inside the package. `new URL(…, import.meta.url)` makes
// the store's bundler (Vite, webpack 5, Next.js) emit them next to its
// own assets, so nothing is fetched from a third-party CDN.
import { getAssetBase } from '../runtime/assetBase'
import { bundledUrl } from '../runtime/bundledUrl'

export { setAssetBase } from '../runtime/assetBase'

function packaged(fileName: string, bundled: URL): string {
  const base = getAssetBase()
  return base ? base + fileName : bundledUrl(bundled)
}

export function dracoDecoderUrls(): { js: string; wasm: string } {
  return {
    js: packaged(
      'draco_wasm_wrapper.js',
      new URL('../../node_modules/three/examples/jsm/libs/draco/gltf/draco_wasm_wrapper.js', import.meta.url),
    ),
    wasm: packaged(
      'draco_decoder.wasm',
      new URL('../../node_modules/three/examples/jsm/libs/draco/gltf/draco_decoder.wasm', import.meta.url),
    ),
  }
}

/** KTX2Loader resolves its Basis transcoder from the package by default; only an assetBase overrides it. */
export function basisTranscoderPath(): string | undefined {
  return getAssetBase()
}
