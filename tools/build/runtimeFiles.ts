import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'

/** Where the library build puts the files Vitrine fetches at run time, under stable names. */
export const RUNTIME_DIR = 'runtime'

/** True for an emitted file Vitrine fetches at run time (decoders, the face model and its wasm). */
export function isRuntimeFile(name: string): boolean {
  return /\.(wasm|data|binarypb)$/.test(name) || /^(draco_|face_mesh|basis_)/.test(path.basename(name))
}

/** Output name of an emitted asset: runtime files under their stable names in `runtime/`. */
export function assetFileName(asset: { names: string[] }, otherAssets = 'assets'): string {
  return asset.names.some(isRuntimeFile) ? `${RUNTIME_DIR}/[name][extname]` : `${otherAssets}/[name]-[hash][extname]`
}

const require = createRequire(import.meta.url)
// three's exports map hides package.json; its main entry sits in build/.
const threeRoot = path.resolve(path.dirname(require.resolve('three')), '..')

/**
 * Completes `dist/runtime/` for stores that self-host (`vitrine copy-assets`):
 * - three's Basis transcoder, which KTX2Loader otherwise takes from the store's
 *   own copy of three (the right default for bundlers, absent for a copy step);
 * - `files.json`, the list `vitrine copy-assets` copies and checks.
 */
export function runtimeFiles(): Plugin {
  return {
    name: 'vitrine:runtime-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const name of ['basis_transcoder.js', 'basis_transcoder.wasm']) {
        this.emitFile({
          type: 'asset',
          fileName: `${RUNTIME_DIR}/${name}`,
          source: fs.readFileSync(path.join(threeRoot, 'examples/jsm/libs/basis', name)),
        })
      }
      const files = Object.keys(bundle)
        .filter((file) => file.startsWith(`${RUNTIME_DIR}/`))
        .map((file) => file.slice(RUNTIME_DIR.length + 1))
      files.push('basis_transcoder.js', 'basis_transcoder.wasm')
      this.emitFile({
        type: 'asset',
        fileName: `${RUNTIME_DIR}/files.json`,
        source: JSON.stringify(files.sort(), null, 1),
      })
    },
  }
}
