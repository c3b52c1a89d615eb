/** Rewrites the JSON chunk of a GLB (for crafting bad inputs in tests). */
export function editGlbJson(glb: Buffer, edit: (json: Record<string, unknown>) => void): Buffer {
  const jsonLength = glb.readUInt32LE(12)
  const json = JSON.parse(glb.subarray(20, 20 + jsonLength).toString('utf8'))
  edit(json)
  let text = Buffer.from(JSON.stringify(json), 'utf8')
  const pad = (4 - (text.length % 4)) % 4
  text = Buffer.concat([text, Buffer.alloc(pad, 0x20)])
  const rest = glb.subarray(20 + jsonLength)
  const header = Buffer.alloc(20)
  header.writeUInt32LE(0x46546c67, 0)
  header.writeUInt32LE(2, 4)
  header.writeUInt32LE(20 + text.length + rest.length, 8)
  header.writeUInt32LE(text.length, 12)
  header.writeUInt32LE(0x4e4f534a, 16)
  return Buffer.concat([header, text, rest])
}
