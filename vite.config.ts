import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import fs from 'node:fs'
import path from 'node:path'

// The library build: `vitrine`, `vitrine/events`, `vitrine/chat`.
// - Dependencies and peers stay external: the store's bundler dedupes them.
// - The 3D engine, AR and try-on become lazy chunks.
// - Decoders and the face model are emitted as files and referenced with
//   `new URL(…, import.meta.url)`, never inlined. (Vite's `lib` mode inlines
//   every asset as base64, 22 MB for the face model, so this is a plain
//   multi-entry build that keeps its entry signatures instead.)
const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  peerDependencies: Record<string, string>
  dependencies: Record<string, string>
}
const external = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)]
const src = (file: string) => path.resolve(import.meta.dirname, 'src', file)

export default defineConfig({
  // Relative, so emitted files are referenced as `new URL('../assets/…', import.meta.url)`,
  // a pattern the store's bundler follows and re-emits (an absolute '/assets/…' would not be).
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    copyPublicDir: false,
    // A library leaves preloading to the store's bundler (Vite's helper would hard-code URLs).
    modulePreload: false,
    rolldownOptions: {
      input: { index: src('index.ts'), events: src('events/index.ts'), chat: src('chat/index.ts') },
      preserveEntrySignatures: 'strict',
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)) || /^react(-dom)?(\/|$)/.test(id),
      output: {
        format: 'es',
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
})
