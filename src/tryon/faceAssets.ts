// The face model and its runtime, served from the package. Each file is
// referenced with `new URL(..., import.meta.url)` so that the store's bundler
// emits it next to the app; nothing is fetched from a CDN.

import { getAssetBase, resolveBase } from '../runtime/assetBase'

/** File names the face_mesh runtime asks for, mapped to where they are served. */
export type FaceAssetMap = Record<string, string>

export const FACE_MESH_FILES = [
  'face_mesh.js',
  'face_mesh.binarypb',
  'face_mesh_solution_packed_assets_loader.js',
  'face_mesh_solution_packed_assets.data',
  'face_mesh_solution_simd_wasm_bin.js',
  'face_mesh_solution_simd_wasm_bin.wasm',
  'face_mesh_solution_wasm_bin.js',
  'face_mesh_solution_wasm_bin.wasm',
] as const

// Written out one by one: bundlers only see literal `new URL('…', import.meta.url)` calls.
const bundled = (): FaceAssetMap => ({
  'face_mesh.js': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh.js', import.meta.url).href,
  'face_mesh.binarypb': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh.binarypb', import.meta.url).href,
  'face_mesh_solution_packed_assets_loader.js': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_packed_assets_loader.js', import.meta.url).href,
  'face_mesh_solution_packed_assets.data': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_packed_assets.data', import.meta.url).href,
  'face_mesh_solution_simd_wasm_bin.js': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_simd_wasm_bin.js', import.meta.url).href,
  'face_mesh_solution_simd_wasm_bin.wasm': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_simd_wasm_bin.wasm', import.meta.url).href,
  'face_mesh_solution_wasm_bin.js': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_wasm_bin.js', import.meta.url).href,
  'face_mesh_solution_wasm_bin.wasm': new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_wasm_bin.wasm', import.meta.url).href,
})

/**
 * Where to load the face model from. With `assetBase` (a store hosting the
 * files on its own CDN; default: the folder given to `setAssetBase`), every file is
 * `assetBase + name`; otherwise the copies
 * the bundler emitted from this package.
 */
export function faceAssetMap(assetBase: string | undefined = getAssetBase()): FaceAssetMap {
  if (!assetBase) return bundled()
  const base = resolveBase(assetBase)
  return Object.fromEntries(FACE_MESH_FILES.map((f) => [f, base + f]))
}
