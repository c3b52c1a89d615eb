import react from '@vitejs/plugin-react'
import type { UserConfig } from 'vite'
import { vitrineAliases } from './aliases.ts'
import { webxrWithoutEmulator } from './build/webxrWithoutEmulator.ts'

/**
 * A production multi-page build that imports 'vitrine' from source, as a
 * store's app would: shared by the test harness pages and the bench pages.
 */
export function pagesConfig({
  root,
  outDir,
  input,
  ...build
}: { root: string; outDir: string; input: Record<string, string> } & NonNullable<UserConfig['build']>): UserConfig {
  return {
    root,
    base: './',
    mode: 'production',
    plugins: [react(), webxrWithoutEmulator()],
    resolve: { alias: vitrineAliases },
    // The AR harness bundles the IWER emulator and its room scans: large on purpose, never shipped.
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      chunkSizeWarningLimit: 8000,
      ...build,
      rolldownOptions: { input },
    },
    logLevel: 'warn',
  }
}
