import type { GLTF } from 'three/addons/loaders/GLTFLoader.js'

/** KHR_materials_variants names declared by the file, in file order. */
export function listVariantNames(gltf: GLTF): string[] {
  const ext = gltf.parser.json.extensions?.KHR_materials_variants as { variants?: { name: string }[] } | undefined
  return ext?.variants?.map((v) => v.name) ?? []
}
