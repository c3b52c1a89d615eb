import path from 'node:path'
import type { Plugin } from 'vite'

const NO_EMULATOR = '\0vitrine:no-webxr-emulator'
const PMNDRS_XR_DIST = /[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]/
const layouts = path.resolve(import.meta.dirname, '../../src/ar/webxr/controllerLayouts.ts')

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
 * dependency's code. `verifyWebxrSubstitutions` fails the build if the
 * dependency stops importing these modules, so an upgrade cannot silently
 * bring them back.
 */
// Shared by every instance: a host that adds the plugin twice (Storybook does) must not
// report the substitutions another instance made as missing.
const substituted = new Set<string>()

export function webxrWithoutEmulator(): Plugin {
  return {
    name: 'vitrine:webxr-without-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !PMNDRS_XR_DIST.test(importer)) return null
      if (source === './emulate.js') {
        substituted.add('emulate')
        return NO_EMULATOR
      }
      if (source === './layout.js' && /controller[\\/]index\.js$/.test(importer)) {
        substituted.add('layout')
        return layouts
      }
      return null
    },
    load(id) {
      return id === NO_EMULATOR ? 'export function emulate() { return undefined }' : null
    },
    buildEnd(error) {
      if (error || !this.getModuleIds) return
      const bundlesXr = [...this.getModuleIds()].some((id) => PMNDRS_XR_DIST.test(id))
      const missing = ['emulate', 'layout'].filter((name) => !substituted.has(name))
      if (bundlesXr && missing.length) {
        this.error(
          `@pmndrs/xr no longer imports ${missing.join(' and ')} where tools/build/webxrWithoutEmulator.ts expects it: ` +
            'check that its emulator and CDN controller profiles are still left out, then update the plugin.',
        )
      }
    },
  }
}
