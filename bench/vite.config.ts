import { defineConfig } from 'vite'
import path from 'node:path'
import { pagesConfig } from '../tools/pagesConfig.ts'

const here = path.join(import.meta.dirname, 'pages')

// Vitrine's bench pages, built as a store would ship them (production React,
// minified). model-viewer's pages are plain HTML served as-is, with the
// package's own dist/model-viewer.min.js, so neither side is re-bundled unfairly.
export default defineConfig(
  pagesConfig({
    root: here,
    outDir: process.env.VITRINE_BENCH_OUT ?? path.resolve(import.meta.dirname, '../.vitrine/bench-build'),
    reportCompressedSize: false,
    input: {
      vitrine: path.join(here, 'vitrine.html'),
      'vitrine-listing': path.join(here, 'vitrine-listing.html'),
    },
  }),
)
