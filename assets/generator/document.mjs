// Turns our plain meshes and material descriptions into a glTF document with
// PBR materials, KHR_materials_sheen for fabric and KHR_materials_variants.
import { Document, NodeIO } from '@gltf-transform/core'
import { KHRMaterialsSheen, KHRMaterialsVariants } from '@gltf-transform/extensions'

export const EXTENSIONS = [KHRMaterialsSheen, KHRMaterialsVariants]

/** sRGB hex ("#8f9e84") to the linear RGB that glTF factors expect. */
export function linear(hex) {
  return [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
}

export function createProduct(name) {
  const doc = new Document()
  doc.getRoot().getAsset().generator = 'vitrine assets/build-assets.mjs'
  const buffer = doc.createBuffer()
  const scene = doc.createScene(name)
  doc.getRoot().setDefaultScene(scene)
  const root = doc.createNode(name)
  scene.addChild(root)
  const sheen = doc.createExtension(KHRMaterialsSheen)
  const variants = doc.createExtension(KHRMaterialsVariants)
  const textures = new Map()
  return { doc, buffer, root, sheen, variants, textures }
}

/** A texture shared by every material of the product that asks for it by name. */
function texture(ctx, name, png) {
  if (!ctx.textures.has(name)) {
    ctx.textures.set(name, ctx.doc.createTexture(name).setImage(png).setMimeType('image/png').setURI(`${name}.png`))
  }
  return ctx.textures.get(name)
}

/**
 * spec: {name, color (sRGB hex), roughness, metallic, sheen?: {color, roughness}, map?: {name, png}, doubleSided?}
 */
export function material(ctx, spec) {
  const m = ctx.doc
    .createMaterial(spec.name)
    .setBaseColorFactor([...linear(spec.color), 1])
    .setRoughnessFactor(spec.roughness)
    .setMetallicFactor(spec.metallic ?? 0)
    .setDoubleSided(spec.doubleSided ?? false)
  if (spec.map) m.setBaseColorTexture(texture(ctx, spec.map.name, spec.map.png))
  if (spec.sheen) {
    m.setExtension(
      'KHR_materials_sheen',
      ctx.sheen
        .createSheen()
        .setSheenColorFactor(linear(spec.sheen.color))
        .setSheenRoughnessFactor(spec.sheen.roughness),
    )
  }
  return m
}

/**
 * A material slot that changes with the product variant.
 * `specs` maps a glTF variant name to a material spec; the first is the default.
 * Returns {material, mappings} to hand to `part`.
 */
export function variantSlot(ctx, specs) {
  const mappings = ctx.variants.createMappingList()
  let first = null
  for (const [variantName, spec] of Object.entries(specs)) {
    const variant =
      ctx.variants.listVariants().find((v) => v.getName() === variantName) ?? ctx.variants.createVariant(variantName)
    const m = material(ctx, spec)
    first ??= m
    mappings.addMapping(ctx.variants.createMapping().setMaterial(m).addVariant(variant))
  }
  return { material: first, mappings }
}

/** Adds one named part (node + mesh + one primitive) under the product's root node. */
export function part(ctx, name, mesh, slot) {
  const { doc, buffer } = ctx
  const count = mesh.positions.length / 3
  if (count > 65535) throw new Error(`${name}: ${count} vertices do not fit 16-bit indices`)
  const accessor = (type, array) => doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', new Float32Array(mesh.positions)))
    .setAttribute('NORMAL', accessor('VEC3', new Float32Array(mesh.normals)))
    .setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array(mesh.uvs)))
    .setIndices(accessor('SCALAR', new Uint16Array(mesh.indices)))
  const isSlot = slot.mappings !== undefined
  prim.setMaterial(isSlot ? slot.material : slot)
  if (isSlot) prim.setExtension('KHR_materials_variants', slot.mappings)
  const node = doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(prim))
  ctx.root.addChild(node)
  return node
}

export async function toGlb(ctx) {
  return new NodeIO().registerExtensions(EXTENSIONS).writeBinary(ctx.doc)
}
