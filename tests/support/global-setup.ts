import { build } from 'vite'
import path from 'node:path'
import fs from 'node:fs'
import type { TestProject } from 'vitest/node'
import './provided'
import { startServer } from '../../tools/serve.mjs'

const root = path.resolve(import.meta.dirname, '../..')
export const SHARED_ASSETS = path.resolve(root, '../shared/assets')


// Build every harness page once (one Vite multi-page build), then serve it,
// the repo's own assets and ../shared/assets on one loopback origin that all
// browser test files share.
export default async function setup(project: TestProject) {
  // A folder per run: parallel runs (several engineers, or a watch run) never
  // delete each other's pages mid-test.
  const outDir = path.join(root, `.vitrine/test-pages-${process.pid}`)
  process.env.VITRINE_PAGES_OUT = outDir
  // Vitest sets NODE_ENV=test, which would give React's development build;
  // the pages must be the production build a store ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: path.join(root, 'tests/pages/vite.config.ts'), logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const mounts: Record<string, string> = {
    '/': outDir,
    '/assets/': path.join(root, 'assets'),
    '/node_modules/': path.join(root, 'node_modules'),
  }
  const sharedAssets = fs.existsSync(SHARED_ASSETS)
  if (sharedAssets) mounts['/shared/'] = SHARED_ASSETS
  const server = await startServer({ mounts })
  project.provide('origin', server.origin)
  project.provide('sharedAssets', sharedAssets)
  return async () => {
    await server.close()
    fs.rmSync(outDir, { recursive: true, force: true })
  }
}
