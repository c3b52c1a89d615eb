import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { readExtensionsUsed } from './gltfExtensions'

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

describe('readExtensionsUsed', () => {
  it('reads a .gltf, also after a byte-order mark and whitespace', () => {
    expect(readExtensionsUsed(bytes('{"extensionsUsed":["KHR_texture_basisu"]}'))).toEqual(['KHR_texture_basisu'])
    expect(readExtensionsUsed(bytes('\uFEFF  \n{"extensionsUsed":["A"]}'))).toEqual(['A'])
  })

  it('reads the JSON chunk of a GLB', () => {
    const glb = fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/models/sofa.glb'))
    const used = readExtensionsUsed(glb.buffer.slice(glb.byteOffset, glb.byteOffset + glb.byteLength))
    expect(used).toContain('KHR_materials_variants')
  })

  it('returns nothing for garbage instead of throwing', () => {
    expect(readExtensionsUsed(bytes('NOPE not a model'))).toEqual([])
    expect(readExtensionsUsed(new ArrayBuffer(0))).toEqual([])
  })
})
