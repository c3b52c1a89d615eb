import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import path from 'node:path'
import { webxrWithoutEmulator } from './tools/build/webxrWithoutEmulator.ts'

// The self-contained build for pages without a bundler (dist/element/):
//   vitrine-product.js  registers <vitrine-product>, reads the page's config block
//   events.js, chat.js  the tracker and chat, for pages that want to call them
//   product.js          parseProduct, fromShopifyProduct
// Everything is bundled (React, ReactDOM, R3F, three): the shell entry alone is
// small, the rest are lazy chunks next to it. Decoders and the face model are
// emitted as files and found relative to the chunk that uses them (relative
// base, never inlined), so the folder can be copied to any path on the store's host.
const src = (file: string) => path.resolve(import.meta.dirname, 'src', file)

export default defineConfig({
  base: './',
  plugins: [react(), webxrWithoutEmulator()],
  // A plain page has no bundler to replace this.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: process.env.VITRINE_ELEMENT_OUT ?? 'dist/element',
    emptyOutDir: true,
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
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  logLevel: 'warn',
})
