import type { GLTF, GLTFLoader, GLTFParser } from 'three/addons/loaders/GLTFLoader.js'

/** A texture of the model that could not be decoded: the model still shows, with wrong colours there. */
export interface TextureFailure {
  /** The texture's file (uri), or its name in the glTF, or `image <index>` for an unnamed embedded one. */
  texture: string
  /** What the decoder said. */
  reason: string
}

const failuresByParser = new WeakMap<GLTFParser, TextureFailure[]>()

/**
 * Records every texture three's GLTFLoader gives up on. three catches a
 * failed decode (a PNG declaring 65,536², a broken KTX2), logs a blob: URL and
 * loads the material without the map, so without this the model is `ready`
 * in the wrong colours and nobody knows which file is at fault.
 */
export function watchTextureFailures(loader: GLTFLoader): void {
  loader.register((parser) => {
    const failures: TextureFailure[] = []
    failuresByParser.set(parser, failures)
    const reasons = new Map<number, string>()
    const loadImageSource = parser.loadImageSource.bind(parser)
    parser.loadImageSource = (sourceIndex, imageLoader) =>
      loadImageSource(sourceIndex, imageLoader).catch((err: unknown) => {
        reasons.set(sourceIndex, String((err as Error)?.message ?? err ?? 'decode failed'))
        throw err
      })
    const loadTextureImage = parser.loadTextureImage.bind(parser)
    parser.loadTextureImage = (textureIndex, sourceIndex, imageLoader) =>
      loadTextureImage(textureIndex, sourceIndex, imageLoader).then((texture) => {
        const name = texture ? undefined : describeImage(parser, textureIndex, sourceIndex)
        if (name && !failures.some((f) => f.texture === name)) {
          failures.push({ texture: name, reason: reasons.get(sourceIndex) ?? 'the image could not be decoded' })
        }
        return texture
      })
    return { name: 'VITRINE_texture_failures' }
  })
}

/** The textures of this parsed model that failed to decode so far (variant materials load later). */
export function textureFailuresOf(gltf: GLTF): readonly TextureFailure[] {
  return failuresByParser.get(gltf.parser) ?? []
}

function describeImage(parser: GLTFParser, textureIndex: number, sourceIndex: number): string {
  const image = parser.json.images?.[sourceIndex] as { uri?: string; name?: string; mimeType?: string } | undefined
  const texture = parser.json.textures?.[textureIndex] as { name?: string } | undefined
  if (image?.uri && !image.uri.startsWith('data:')) return image.uri
  const name = image?.name || texture?.name
  const kind = image?.mimeType ? ` (${image.mimeType})` : ''
  return name ? `${name}${kind}` : `image ${sourceIndex}${kind}`
}
