import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Plugin } from 'vite'

const NO_EMULATOR = '\0vitrine:no-webxr-emulator'
const PMNDRS_XR_DIST = /[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]/
const layouts = path.resolve(import.meta.dirname, '../../src/ar/webxr/controllerLayouts.ts')

/** The imports we substitute, by the @pmndrs/xr file that makes them. */
const EXPECTED = [
  { file: 'store.js', specifier: './emulate.js' },
  { file: 'controller/index.js', specifier: './layout.js' },
]

/**
 * Builds @react-three/xr into our WebXR chunk without the parts a store must
 * never ship:
 * - `@pmndrs/xr`'s store keeps `await import('./emulate.js')` even with
 *   `emulate: false`, so every bundler emits the IWER emulator, its dev UI and
 *   room scans (about 6 MB of a Next build). We never emulate in the product
 *   (tests install IWER themselves), so that import resolves to a no-op.
 * - its controller layout loader fetches input profiles from jsDelivr; ours
 *   (src/ar/webxr/controllerLayouts.ts) answers from memory.
 * Both are whole-module substitutions at a module boundary, not edits of the
 * dependency's code. The build fails if @pmndrs/xr stops making these
 * imports, so an upgrade cannot silently bring the emulator or the CDN back.
 */
export function webxrWithoutEmulator(): Plugin {
  return {
    name: 'vitrine:webxr-without-emulator',
    enforce: 'pre',
    buildStart() {
      const missing = EXPECTED.filter(({ file, specifier }) => !readXrDist(file).includes(`'${specifier}'`))
      if (missing.length) {
        this.error(
          `@pmndrs/xr no longer imports ${missing.map((m) => `${m.specifier} from ${m.file}`).join(' and ')}: ` +
            'check that its emulator and CDN controller profiles are still left out, then update ' +
            'tools/build/webxrWithoutEmulator.ts.',
        )
      }
    },
    resolveId(source, importer) {
      if (!importer || !PMNDRS_XR_DIST.test(importer)) return null
      if (source === './emulate.js') return NO_EMULATOR
      if (source === './layout.js' && /controller[\\/]index\.js$/.test(importer)) return layouts
      return null
    },
    load(id) {
      return id === NO_EMULATOR ? 'export function emulate() { return undefined }' : null
    },
  }
}

/** A file of the @pmndrs/xr that @react-three/xr resolves to. */
function readXrDist(file: string): string {
  const require = createRequire(import.meta.url)
  const fiberXr = path.dirname(require.resolve('@react-three/xr'))
  const xrIndex = createRequire(path.join(fiberXr, 'index.js')).resolve('@pmndrs/xr')
  return fs.readFileSync(path.join(path.dirname(xrIndex), file), 'utf8')
}
