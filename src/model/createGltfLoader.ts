import type { WebGLRenderer } from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { basisTranscoderPath, dracoDecoderUrls } from './decoders'
import { watchTextureFailures } from './textureFailures'

/**
 * A GLTFLoader with only the decoders this asset needs, each imported on
 * demand, so a plain GLB never downloads Draco, Basis or meshopt code.
 */
export async function createGltfLoader(extensionsUsed: string[], renderer?: WebGLRenderer): Promise<GLTFLoader> {
  const loader = new GLTFLoader()
  watchTextureFailures(loader)
  const uses = (name: string) => extensionsUsed.includes(name)
  if (uses('KHR_draco_mesh_compression')) {
    const { DRACOLoader } = await import('three/addons/loaders/DRACOLoader.js')
    loader.setDRACOLoader((sharedDraco ??= new DRACOLoader().setDecoderPath(dracoDecoderUrls() as unknown as string)))
  }
  if (uses('KHR_texture_basisu')) {
    const { KTX2Loader } = await import('three/addons/loaders/KTX2Loader.js')
    if (!sharedKtx2) {
      sharedKtx2 = new KTX2Loader()
      const path = basisTranscoderPath()
      if (path) sharedKtx2.setTranscoderPath(path)
    }
    if (renderer && !ktx2Detected) {
      sharedKtx2.detectSupport(renderer)
      ktx2Detected = true
    }
    if (!ktx2Detected) throw new Error('KTX2 textures need the renderer: pass it to acquireModel')
    loader.setKTX2Loader(sharedKtx2)
    const ktx2 = sharedKtx2
    // Some exporters (including Khronos' own KTX2 sample variants) point a
    // texture's plain `source` at a .ktx2 file without the extension object;
    // three would hand that to the browser's image decoder and lose it.
    loader.register(
      (parser) =>
        ({
          name: 'VITRINE_ktx2_source',
          loadTexture(index: number) {
            const texture = parser.json.textures?.[index]
            const image = texture?.source === undefined ? undefined : parser.json.images?.[texture.source]
            if (!image || texture.extensions?.KHR_texture_basisu) return null
            const isKtx2 = image.mimeType === 'image/ktx2' || /\.ktx2$/i.test(image.uri ?? '')
            return isKtx2 ? parser.loadTextureImage(index, texture.source, ktx2) : null
          },
        }) as unknown as import('three/addons/loaders/GLTFLoader.js').GLTFLoaderPlugin,
    )
  }
  if (uses('EXT_meshopt_compression')) {
    const { MeshoptDecoder } = await import('three/addons/libs/meshopt_decoder.module.js')
    loader.setMeshoptDecoder(MeshoptDecoder)
  }
  return loader
}

// Decoder workers are expensive to start: one of each per page.
let sharedDraco: import('three/addons/loaders/DRACOLoader.js').DRACOLoader | undefined
let sharedKtx2: import('three/addons/loaders/KTX2Loader.js').KTX2Loader | undefined
let ktx2Detected = false
