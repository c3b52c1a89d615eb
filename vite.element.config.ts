import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import path from 'node:path'
import fs from 'node:fs'
import { webxrWithoutEmulator } from './tools/build/webxrWithoutEmulator.ts'
import { assetFileName } from './tools/build/runtimeFiles.ts'

// The self-contained build for pages without a bundler (dist/element/ and dist/runtime/):
//   element/vitrine-product.js  registers <vitrine-product>, reads the page's config block
//   element/events.js, chat.js  the tracker and chat, for pages that want to call them
//   element/product.js          parseProduct, fromShopifyProduct
//   runtime/                    decoders and the face model, under stable names: the same
//                               folder the library entries use, so the package holds them once
// Everything is bundled (React, ReactDOM, R3F, three): the shell entry alone is
// small, the rest are lazy chunks next to it. Decoders and the face model are
// emitted as files and found relative to the chunk that uses them (relative
// base, never inlined), so the folder can be copied to any path on the store's host.
const src = (file: string) => path.resolve(import.meta.dirname, 'src', file)
// The folder that receives element/ and runtime/ (the package: dist, built after the library).
const outDir = process.env.VITRINE_ELEMENT_OUT ?? 'dist'

export default defineConfig({
  base: './',
  plugins: [
    react(),
    webxrWithoutEmulator(),
    {
      name: 'vitrine:clean-element',
      buildStart: () => fs.rmSync(path.join(outDir, 'element'), { recursive: true, force: true }),
    },
  ],
  // A plain page has no bundler to replace this.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    // dist/ holds the library too: only element/ is ours to replace; runtime/ files are identical.
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    assetsInlineLimit: 0,
    copyPublicDir: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    // Preload the lazy chunk's own imports in parallel when it is asked for, not in a waterfall.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        'vitrine-product': src('element/standalone.ts'),
        events: src('events/index.ts'),
        chat: src('chat/index.ts'),
        product: src('product/index.ts'),
      },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        minify: true,
        entryFileNames: 'element/[name].js',
        chunkFileNames: 'element/chunks/[name]-[hash].js',
        assetFileNames: (asset) => assetFileName(asset, 'element/assets'),
      },
    },
  },
  logLevel: 'warn',
})
