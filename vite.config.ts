import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import fs from 'node:fs'
import path from 'node:path'
import { webxrWithoutEmulator } from './tools/build/webxrWithoutEmulator.ts'
import { assetFileName, runtimeFiles } from './tools/build/runtimeFiles.ts'

// The library build: `vitrine`, `vitrine/product`, `vitrine/events`, `vitrine/chat`,
// `vitrine/element`, `vitrine/testing` (the self-contained element is vite.element.config.ts).
// - Peers and runtime dependencies stay external: the store's bundler dedupes them.
// - @react-three/xr is bundled into the WebXR chunk without its emulator
//   (see tools/build/webxrWithoutEmulator.ts), so a store installs no emulator.
// - The 3D engine, AR and try-on become lazy chunks.
// - Runtime files (decoders, face model) are emitted under stable names in
//   `dist/runtime/` and referenced with `new URL(…, import.meta.url)`, so the
//   store's bundler re-emits them, and `vitrine copy-assets` + `setAssetBase`
//   find them by name. (Vite's `lib` mode would inline them as base64.)
const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>
  dependencies: Record<string, string>
}
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)]
const src = (file: string) => path.resolve(import.meta.dirname, 'src', file)
const isExternal = (id: string) =>
  external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || /^react(-dom)?(\/|$)/.test(id)

/** Entries whose module graph renders React: Next.js needs them marked as client code. */
const CLIENT_ENTRIES = new Set(['index', 'testing'])

export default defineConfig({
  // Relative, so emitted files are referenced as `new URL('../runtime/…', import.meta.url)`,
  // a pattern the store's bundler follows and re-emits (an absolute '/assets/…' would not be).
  base: './',
  plugins: [react(), webxrWithoutEmulator(), runtimeFiles()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    copyPublicDir: false,
    // A library leaves preloading to the store's bundler: Vite's preload helper would
    // hard-code URLs, and webpack warns about its dynamic `import()` expression.
    modulePreload: false,
    rolldownOptions: {
      input: {
        index: src('index.ts'),
        product: src('product/index.ts'),
        events: src('events/index.ts'),
        chat: src('chat/index.ts'),
        testing: src('testing/index.ts'),
        element: src('element/index.ts'),
      },
      preserveEntrySignatures: 'strict',
      external: isExternal,
      output: {
        format: 'es',
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (asset) => assetFileName(asset),
        // Rolldown drops module-level directives when it bundles, so the client
        // boundary is written onto the built entry.
        banner: (chunk) => (chunk.isEntry && CLIENT_ENTRIES.has(chunk.name) ? "'use client';" : ''),
      },
    },
  },
})
