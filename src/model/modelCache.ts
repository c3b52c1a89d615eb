import type { Material, Object3D, WebGLRenderer } from 'three'
import type { GLTF } from 'three/addons/loaders/GLTFLoader.js'
import { clone as cloneSkinned } from 'three/addons/utils/SkeletonUtils.js'
import type { ProgressCallback } from './fetchWithProgress'
import { downloadModel, forgetModelBytes } from './modelBytes'
import { readExtensions, SUPPORTED_EXTENSIONS } from './gltfExtensions'
import { createGltfLoader } from './createGltfLoader'
import { disposeObjects } from './disposeGltf'
import { toViewerError, ViewerError } from './ViewerError'
import { listVariantNames } from './variantNames'
import { textureFailuresOf, type TextureFailure } from './textureFailures'

export interface ModelHandle {
  /** A private copy of the model's scene for this caller to place and modify. */
  scene: Object3D
  /** The shared parsed asset. Do not modify it. */
  gltf: GLTF
  /** KHR_materials_variants names in the file, in file order. */
  variantNames: string[]
  /** Textures that failed to decode so far: the model shows, but with wrong colours there. */
  textureFailures(): readonly TextureFailure[]
  /** Gives the model back. When the last holder releases it, its GPU memory is freed. */
  release(): void
}

export interface AcquireOptions {
  onProgress?: ProgressCallback
  signal?: AbortSignal
  /** Needed for KTX2 textures (format detection). */
  renderer?: WebGLRenderer
}

interface Entry {
  refs: number
  gltf: Promise<GLTF>
  /** Materials loaded later (variants) that the scene graph does not reference. */
  extraMaterials: Set<Material>
  /** The parsed asset, once loaded. */
  settled?: GLTF
}

const entries = new Map<string, Entry>()

/**
 * Loads a glTF/GLB once per page, however many viewers show it, and counts
 * its holders. Each holder gets its own scene clone; geometry, materials and
 * textures are shared and freed with the last release.
 */
export async function acquireModel(url: string, options: AcquireOptions = {}): Promise<ModelHandle> {
  const key = new URL(url, globalThis.location?.href).href
  let entry = entries.get(key)
  if (!entry) {
    const created: Entry = { refs: 0, extraMaterials: new Set(), gltf: undefined! }
    created.gltf = load(key, created, options.renderer)
    entries.set(key, created)
    entry = created
    // A failed load must not stay cached: the next attempt (retry) starts over.
    created.gltf.catch(() => {
      if (entries.get(key) === created) entries.delete(key)
    })
  }
  entry.refs++
  if (options.onProgress) downloadModel(key, options.onProgress).catch(() => {})
  let gltf: GLTF
  try {
    gltf = await abortable(entry.gltf, options.signal)
  } catch (err) {
    releaseEntry(key, entry)
    throw err
  }
  let released = false
  const owned = entry
  return {
    scene: cloneSkinned(gltf.scene),
    gltf,
    variantNames: listVariantNames(gltf),
    textureFailures: () => textureFailuresOf(gltf),
    release() {
      if (released) return
      released = true
      releaseEntry(key, owned)
    },
  }
}

/** Registers a material created or loaded for this model so it is freed with it. */
export function adoptMaterial(gltf: GLTF, material: Material): void {
  for (const entry of entries.values()) {
    if (entry.settled === gltf) entry.extraMaterials.add(material)
  }
}

/** How many models are held right now, and by how many holders: for tests and devtools. */
export function modelCacheStats(): { models: number; holders: number } {
  let holders = 0
  for (const e of entries.values()) holders += e.refs
  return { models: entries.size, holders }
}

async function load(url: string, entry: Entry, renderer?: WebGLRenderer): Promise<GLTF> {
  try {
    const data = await downloadModel(url)
    forgetModelBytes(url)
    const extensions = readExtensions(data)
    const missing = extensions.required.filter((name) => !SUPPORTED_EXTENSIONS.has(name))
    if (missing.length) {
      throw new ViewerError(
        'unsupported',
        `The model requires glTF extensions this viewer does not support: ${missing.join(', ')}.`,
        url,
      )
    }
    const loader = await createGltfLoader(extensions.used, renderer)
    const base = url.slice(0, url.lastIndexOf('/') + 1)
    const gltf = await loader.parseAsync(data, base)
    entry.settled = gltf
    return gltf
  } catch (err) {
    throw toViewerError(err, url)
  }
}

function releaseEntry(key: string, entry: Entry): void {
  entry.refs--
  if (entry.refs > 0 || entries.get(key) !== entry) return
  entries.delete(key)
  entry.gltf.then(
    (gltf) => disposeObjects(gltf.scenes, entry.extraMaterials),
    () => {},
  )
}

function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
