/** The extensions a glTF asset uses, read from its JSON without parsing the rest. */
export function readExtensionsUsed(data: ArrayBuffer): string[] {
  const json = readJsonChunk(data)
  if (!json) return []
  try {
    const parsed = JSON.parse(json) as { extensionsUsed?: unknown }
    return Array.isArray(parsed.extensionsUsed) ? parsed.extensionsUsed.filter((e): e is string => typeof e === 'string') : []
  } catch {
    return []
  }
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
