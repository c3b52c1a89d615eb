import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import path from 'node:path'
import { vitrineAliases } from '../tools/aliases.ts'
import { webxrWithoutEmulator } from '../tools/build/webxrWithoutEmulator.ts'

const here = import.meta.dirname

// The demo storefront, built like a store's own Vite app that imports 'vitrine'.
export default defineConfig({
  root: here,
  plugins: [react(), webxrWithoutEmulator()],
  resolve: { alias: vitrineAliases },
  build: {
    outDir: path.resolve(here, '../.vitrine/demo'),
    emptyOutDir: true,
    // Our sample products are served at /assets/: keep the app's own files elsewhere.
    assetsDir: '_app',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: path.join(here, 'index.html'),
        inbox: path.join(here, 'inbox.html'),
        'inbox-store': path.join(here, 'inbox-store.html'),
      },
    },
  },
  logLevel: 'warn',
})
