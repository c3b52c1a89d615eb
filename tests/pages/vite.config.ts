import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import fs from 'node:fs'
import path from 'node:path'
import { vitrineAliases } from '../../tools/aliases'

const here = import.meta.dirname
// VITRINE_PAGES=viewer,ar builds only those pages: quicker while working on one area.
const only = process.env.VITRINE_PAGES?.split(',').filter(Boolean)
const pages = Object.fromEntries(
  fs.readdirSync(here)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), path.join(here, f)])
    .filter(([name]) => !only || only.includes(name)),
)

// Harness pages for the browser tests: one multi-page build shared by every test file.
export default defineConfig({
  root: here,
  base: './',
  mode: 'production',
  plugins: [react()],
  resolve: { alias: vitrineAliases },
  build: {
    outDir: process.env.VITRINE_PAGES_OUT ?? path.resolve(here, '../../.vitrine/test-pages'),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { input: pages },
  },
  logLevel: 'warn',
})
