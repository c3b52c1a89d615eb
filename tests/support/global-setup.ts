import { build } from 'vite'
import path from 'node:path'
import fs from 'node:fs'
import { spawn } from 'node:child_process'
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
  const storybookDir = path.join(root, `.vitrine/storybook-${process.pid}`)
  try {
    // Storybook builds in its own process, alongside the pages.
    await Promise.all([
      build({ configFile: path.join(root, 'tests/pages/vite.config.ts'), logLevel: 'warn' }),
      process.env.VITRINE_SKIP_STORYBOOK ? Promise.resolve() : buildStorybook(storybookDir),
    ])
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const mounts: Record<string, string> = {
    '/': outDir,
    '/assets/': path.join(root, 'assets'),
    '/node_modules/': path.join(root, 'node_modules'),
    '/storybook/': storybookDir,
  }
  const sharedAssets = fs.existsSync(SHARED_ASSETS)
  if (sharedAssets) mounts['/shared/'] = SHARED_ASSETS
  const server = await startServer({ mounts })
  project.provide('origin', server.origin)
  project.provide('sharedAssets', sharedAssets)
  return async () => {
    await server.close()
    fs.rmSync(outDir, { recursive: true, force: true })
    fs.rmSync(storybookDir, { recursive: true, force: true })
  }
}

function buildStorybook(outputDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '-o', outputDir, '--quiet'],
      {
        cwd: root,
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', VITRINE_SB_TEST_BUILD: '1', NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout.on('data', (d) => {
      output += d
    })
    child.stderr.on('data', (d) => {
      output += d
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`storybook build failed (${code}):\n${output.slice(-4000)}`)),
    )
  })
}
