import { PMREMGenerator, type Texture, type WebGLRenderer } from 'three'
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js'

/** Where the lighting comes from: a procedural room (no download), or an equirectangular .hdr URL. */
export type EnvironmentSource = 'room' | (string & {})

/** Prefiltered environment map for physically based lighting; the caller disposes it. */
export async function createEnvironment(renderer: WebGLRenderer, source: EnvironmentSource): Promise<Texture> {
  const pmrem = new PMREMGenerator(renderer)
  try {
    if (source === 'room') {
      const room = new RoomEnvironment()
      const texture = pmrem.fromScene(room, 0.04).texture
      room.dispose()
      return texture
    }
    const { HDRLoader } = await import('three/addons/loaders/HDRLoader.js')
    const hdr = await new HDRLoader().loadAsync(source)
    const texture = pmrem.fromEquirectangular(hdr).texture
    hdr.dispose()
    return texture
  } finally {
    pmrem.dispose()
  }
}
