import type { Material, Mesh, Object3D } from 'three'
import type { GLTF } from 'three/addons/loaders/GLTFLoader.js'
import { adoptMaterial } from './modelCache'
import { listVariantNames } from './variantNames'

interface VariantMapping {
  material: number
  variants: number[]
}

// The material each mesh was loaded with, so "no variant" can restore it.
const defaultMaterials = new WeakMap<Mesh, Material | Material[]>()

/**
 * Shows one KHR_materials_variants variant on this copy of the model (or the
 * file's default materials when `variantName` is undefined). Materials are
 * loaded once per file and cached by three's parser, so later switches are
 * instant.
 */
export async function applyVariant(root: Object3D, gltf: GLTF, variantName: string | undefined): Promise<void> {
  const names = listVariantNames(gltf)
  const index = variantName === undefined ? -1 : names.indexOf(variantName)
  if (variantName !== undefined && index < 0) {
    throw new Error(`Variant "${variantName}" is not in the model. The file has: ${names.join(', ') || 'no variants'}.`)
  }
  const meshes: Mesh[] = []
  root.traverse((node) => {
    if ((node as Mesh).isMesh) meshes.push(node as Mesh)
  })
  await Promise.all(
    meshes.map(async (mesh) => {
      if (!defaultMaterials.has(mesh)) defaultMaterials.set(mesh, mesh.material)
      const mappings = (mesh.userData.gltfExtensions?.KHR_materials_variants?.mappings ?? []) as VariantMapping[]
      const mapping = index < 0 ? undefined : mappings.find((m) => m.variants.includes(index))
      if (!mapping) {
        mesh.material = defaultMaterials.get(mesh)!
        return
      }
      const material = (await gltf.parser.getDependency('material', mapping.material)) as Material
      adoptMaterial(gltf, material)
      mesh.material = material
      gltf.parser.assignFinalMaterial(mesh)
    }),
  )
}
