import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { FACE_FILE_BYTES, faceAssetMap, hasWasmSimd, sessionFiles } from './faceAssets'
import { mayPrefetch } from './modelDownload'

const root = path.resolve(import.meta.dirname, '../..')
const onDisk = (name: string) => {
  const inModel = path.join(root, 'src/tryon/model', name)
  return fs.existsSync(inModel) ? inModel : path.join(root, 'node_modules/@mediapipe/face_mesh', name)
}

describe('face model files', () => {
  it('knows the real size of every file (the progress bar total)', () => {
    for (const [name, bytes] of Object.entries(FACE_FILE_BYTES))
      expect(fs.statSync(onDisk(name)).size, name).toBe(bytes)
  })

  it('downloads one wasm build and one landmark model per session', () => {
    const map = faceAssetMap('https://cdn.example/vitrine/')
    const simd = sessionFiles('attention', true, map)
    expect(simd.map((f) => f.url.replace('https://cdn.example/vitrine/', ''))).toEqual([
      'face_mesh.js',
      'face_mesh.binarypb',
      'face_mesh_attention_assets_loader.js',
      'face_mesh_attention_assets.data',
      'face_mesh_solution_simd_wasm_bin.js',
      'face_mesh_solution_simd_wasm_bin.wasm',
    ])
    // Answered under the name face_mesh.js asks for.
    expect(simd[2].name).toBe('face_mesh_solution_packed_assets_loader.js')
    const plain = sessionFiles('attention', false, map)
    expect(plain.filter((f) => f.name.endsWith('.wasm')).map((f) => f.name)).toEqual([
      'face_mesh_solution_wasm_bin.wasm',
    ])
    const total = simd.reduce((s, f) => s + f.bytes, 0)
    expect(total).toBeLessThan(
      FACE_FILE_BYTES['face_mesh_solution_packed_assets.data'] + 6_196_563 + 400_000 - 1_200_000,
    )
  })

  it('detects wasm SIMD with a real module (Node has it)', () => {
    expect(hasWasmSimd()).toBe(true)
  })
})

describe('mayPrefetch', () => {
  it('fetches ahead only on an unmetered connection with Save-Data off', () => {
    expect(mayPrefetch({ saveData: false, type: 'wifi' })).toBe(true)
    expect(mayPrefetch({ saveData: false, effectiveType: '4g' })).toBe(true) // desktop Chromium: no type
    expect(mayPrefetch({ saveData: true, type: 'wifi' })).toBe(false)
    expect(mayPrefetch({ saveData: false, type: 'cellular' })).toBe(false)
    expect(mayPrefetch({ metered: true })).toBe(false)
    expect(mayPrefetch({ effectiveType: '2g' })).toBe(false)
    expect(mayPrefetch(undefined)).toBe(false) // Safari, Firefox: the browser does not say
  })
})
