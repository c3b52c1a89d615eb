/**
 * Extensions this viewer renders: three's GLTFLoader (r187) plus
 * KHR_materials_variants, which Vitrine applies itself. three only warns
 * about an unknown *required* extension and then draws the model wrong, so
 * we refuse such files up front with a clear error instead.
 */
export const SUPPORTED_EXTENSIONS = new Set([
  'KHR_binary_glTF',
  'KHR_draco_mesh_compression',
  'KHR_lights_punctual',
  'KHR_materials_clearcoat',
  'KHR_materials_diffuse_roughness',
  'KHR_materials_dispersion',
  'KHR_materials_ior',
  'KHR_materials_sheen',
  'KHR_materials_specular',
  'KHR_materials_transmission',
  'KHR_materials_iridescence',
  'KHR_materials_anisotropy',
  'KHR_materials_unlit',
  'KHR_materials_volume',
  'KHR_texture_basisu',
  'KHR_texture_transform',
  'KHR_mesh_quantization',
  'KHR_materials_emissive_strength',
  'EXT_materials_bump',
  'EXT_texture_webp',
  'EXT_texture_avif',
  'EXT_meshopt_compression',
  'KHR_meshopt_compression',
  'EXT_mesh_gpu_instancing',
  'KHR_materials_variants',
])

export interface ExtensionUse {
  used: string[]
  required: string[]
}

/** The extensions a glTF asset uses and requires, read from its JSON without parsing the rest. */
export function readExtensions(data: ArrayBuffer): ExtensionUse {
  const json = readJsonChunk(data)
  if (!json) return { used: [], required: [] }
  try {
    const parsed = JSON.parse(json) as { extensionsUsed?: unknown; extensionsRequired?: unknown }
    return { used: strings(parsed.extensionsUsed), required: strings(parsed.extensionsRequired) }
  } catch {
    return { used: [], required: [] }
  }
}

export function readExtensionsUsed(data: ArrayBuffer): string[] {
  return readExtensions(data).used
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : []
}

const GLB_MAGIC = 0x46546c67 // 'glTF'
const JSON_CHUNK = 0x4e4f534a // 'JSON'

function readJsonChunk(data: ArrayBuffer): string | undefined {
  const view = new DataView(data)
  if (data.byteLength >= 20 && view.getUint32(0, true) === GLB_MAGIC) {
    const length = view.getUint32(12, true)
    if (view.getUint32(16, true) !== JSON_CHUNK || 20 + length > data.byteLength) return undefined
    return new TextDecoder().decode(new Uint8Array(data, 20, length))
  }
  // A .gltf is JSON text, possibly after a byte-order mark or whitespace.
  const text = new TextDecoder().decode(data)
  return text.trimStart().startsWith('{') ? text : undefined
}
