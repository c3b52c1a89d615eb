import { defineConfig } from 'vite'
import fs from 'node:fs'
import path from 'node:path'
import { pagesConfig } from '../../tools/pagesConfig.ts'

const here = import.meta.dirname
// VITRINE_PAGES=viewer,ar builds only those pages: quicker while working on one area.
const only = process.env.VITRINE_PAGES?.split(',').filter(Boolean)
const pages = Object.fromEntries(
  fs
    .readdirSync(here)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), path.join(here, f)])
    .filter(([name]) => !only || only.includes(name)),
)

// Harness pages for the browser tests: one multi-page build shared by every test file.
export default defineConfig(
  pagesConfig({
    root: here,
    outDir: process.env.VITRINE_PAGES_OUT ?? path.resolve(here, '../../.vitrine/test-pages'),
    input: pages,
  }),
)
