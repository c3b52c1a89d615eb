// The face model and its runtime, served from the package. Each file is
// referenced with `new URL(..., import.meta.url)` so that the store's bundler
// emits it next to the app; nothing is fetched from a CDN. A session downloads
// only its own subset: one wasm build (SIMD or not) and one landmark model.

import { getAssetBase, resolveBase } from '../runtime/assetBase'
import { bundledUrl } from '../runtime/bundledUrl'

/** File names the face_mesh runtime asks for, mapped to where they are served. */
export type FaceAssetMap = Record<string, string>

/**
 * Which landmark model runs. `attention` (478 points, refined lips) is the one
 * that keeps paint off teeth and covers the lower lip on open smiles; `plain`
 * (468 points) is kept for the benchmark's comparison only.
 */
export type FaceModel = 'attention' | 'plain'

/** Every runtime file, with its size in bytes (checked against the package by faceAssets.test.ts). */
export const FACE_FILE_BYTES = {
  'face_mesh.js': 72_524,
  'face_mesh.binarypb': 939,
  'face_mesh_attention_assets_loader.js': 8_787,
  'face_mesh_attention_assets.data': 2_744_360,
  'face_mesh_solution_packed_assets_loader.js': 8_813,
  'face_mesh_solution_packed_assets.data': 3_986_256,
  'face_mesh_solution_simd_wasm_bin.js': 248_047,
  'face_mesh_solution_simd_wasm_bin.wasm': 6_196_563,
  'face_mesh_solution_wasm_bin.js': 248_042,
  'face_mesh_solution_wasm_bin.wasm': 6_089_181,
} as const

export type FaceFileName = keyof typeof FACE_FILE_BYTES
export const FACE_MESH_FILES = Object.keys(FACE_FILE_BYTES) as FaceFileName[]

/** The name face_mesh.js asks for, and the file we answer with for each model. */
const PACKED = 'face_mesh_solution_packed_assets_loader.js'
const MODEL_FILES: Record<FaceModel, { loader: FaceFileName; data: FaceFileName }> = {
  attention: { loader: 'face_mesh_attention_assets_loader.js', data: 'face_mesh_attention_assets.data' },
  plain: { loader: PACKED, data: 'face_mesh_solution_packed_assets.data' },
}

// Written out one by one: bundlers only see literal `new URL('…', import.meta.url)` calls.
const bundled = (): FaceAssetMap => ({
  'face_mesh.js': bundledUrl(new URL('../../node_modules/@mediapipe/face_mesh/face_mesh.js', import.meta.url)),
  'face_mesh.binarypb': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh.binarypb', import.meta.url),
  ),
  'face_mesh_attention_assets_loader.js': bundledUrl(
    new URL('./model/face_mesh_attention_assets_loader.js', import.meta.url),
  ),
  'face_mesh_attention_assets.data': bundledUrl(new URL('./model/face_mesh_attention_assets.data', import.meta.url)),
  'face_mesh_solution_packed_assets_loader.js': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_packed_assets_loader.js', import.meta.url),
  ),
  'face_mesh_solution_packed_assets.data': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_packed_assets.data', import.meta.url),
  ),
  'face_mesh_solution_simd_wasm_bin.js': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_simd_wasm_bin.js', import.meta.url),
  ),
  'face_mesh_solution_simd_wasm_bin.wasm': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_simd_wasm_bin.wasm', import.meta.url),
  ),
  'face_mesh_solution_wasm_bin.js': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_wasm_bin.js', import.meta.url),
  ),
  'face_mesh_solution_wasm_bin.wasm': bundledUrl(
    new URL('../../node_modules/@mediapipe/face_mesh/face_mesh_solution_wasm_bin.wasm', import.meta.url),
  ),
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

// The smallest module using a v128 instruction (i8x16.splat-free `v128.const` + drop),
// the same probe face_mesh.js and wasm-feature-detect use.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
])

/** True where the browser runs wasm SIMD: then the SIMD build is the one fetched, else the plain one. */
export function hasWasmSimd(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE)
  } catch {
    return false
  }
}

/** One file a session downloads: the name face_mesh asks for, where it is, and how big it is. */
export interface SessionFile {
  name: string
  url: string
  bytes: number
}

/**
 * The files one session needs, no more: face_mesh's script and graph, the
 * chosen model's loader and data (answered under the name face_mesh asks
 * for), and the wasm build this browser runs.
 */
export function sessionFiles(model: FaceModel, simd: boolean, map: FaceAssetMap = faceAssetMap()): SessionFile[] {
  const wasm = simd ? 'face_mesh_solution_simd_wasm_bin' : 'face_mesh_solution_wasm_bin'
  const { loader, data } = MODEL_FILES[model]
  const pick = (asked: string, file: FaceFileName): SessionFile => ({
    name: asked,
    url: map[file],
    bytes: FACE_FILE_BYTES[file],
  })
  return [
    pick('face_mesh.js', 'face_mesh.js'),
    pick('face_mesh.binarypb', 'face_mesh.binarypb'),
    pick(PACKED, loader),
    pick(data, data),
    pick(`${wasm}.js`, `${wasm}.js` as FaceFileName),
    pick(`${wasm}.wasm`, `${wasm}.wasm` as FaceFileName),
  ]
}
