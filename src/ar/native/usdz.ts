import { USDZExporter } from 'three/addons/exporters/USDZExporter.js'
import type { Product } from '../../product'
import { acquireModel, applyVariant } from '../../model'

export interface UsdzOptions {
  /** The glTF variant to bake in (KHR_materials_variants name). */
  gltfVariant?: string
  /** Largest texture edge in the USDZ. Quick Look's budget is one set of 2048² textures. */
  maxTextureSize?: number
  signal?: AbortSignal
}

/**
 * A USDZ for AR Quick Look, made in the browser from the product's glTF with
 * the chosen variant applied. glTF is metres and Y-up, as USDZExporter
 * writes, so the file keeps true size. Anchoring follows the product's
 * placement (Quick Look may still ask for the floor first, which the page
 * cannot change).
 */
export async function generateUsdz(product: Product, opts: UsdzOptions = {}): Promise<Blob> {
  const src = product.model?.src
  if (!src) throw new Error('This product has no 3D model')
  const handle = await acquireModel(src, { signal: opts.signal })
  try {
    await applyVariant(handle.scene, handle.gltf, opts.gltfVariant)
    const data = await new USDZExporter().parseAsync(handle.scene, {
      maxTextureSize: opts.maxTextureSize ?? 2048,
      quickLookCompatible: true,
      includeAnchoringProperties: true,
      ar: {
        anchoring: { type: 'plane' },
        planeAnchoring: { alignment: product.placement === 'wall' ? 'vertical' : 'horizontal' },
      },
    })
    return new Blob([data as BlobPart], { type: 'model/vnd.usdz+zip' })
  } finally {
    handle.release()
  }
}
