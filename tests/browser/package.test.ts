// The package as a store gets it: build, `npm pack`, install the tarball into
// a fresh app, build that app with its own Vite, and render a model from it.
// This proves the decoders and the face model travel inside the package and
// that the store's bundler emits them (no CDN, no copying node_modules).
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openSession, type Session } from '../support/browser'
import { startServer, type StartedServer } from '../../tools/serve.mjs'

const repo = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-consumer-'))
const app = path.join(work, 'store')
let server: StartedServer
let session: Session
void inject

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' }, timeout: 300_000 }).toString()

beforeAll(async () => {
  run('npm', ['run', 'build', '--silent'], repo)
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], repo).trim().split('\n').pop()!
  const versions = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')).packages
  const version = (name: string) => versions[`node_modules/${name}`].version
  fs.mkdirSync(path.join(app, 'src'), { recursive: true })
  fs.mkdirSync(path.join(app, 'public/models'), { recursive: true })
  fs.copyFileSync(path.join(repo, 'assets/models/armchair.glb'), path.join(app, 'public/models/armchair.glb'))
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({
    name: 'a-store', private: true, type: 'module',
    dependencies: {
      vitrine: `file:${path.join(work, tarball)}`,
      react: version('react'), 'react-dom': version('react-dom'), three: version('three'), '@react-three/fiber': version('@react-three/fiber'),
    },
    overrides: { three: version('three') },
  }, null, 2))
  fs.writeFileSync(path.join(app, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><div id="root" style="width:640px;height:480px"></div><script type="module" src="./src/main.js"></script></body></html>')
  fs.writeFileSync(path.join(app, 'src/main.js'), [
    "import { createElement as h } from 'react'",
    "import { createRoot } from 'react-dom/client'",
    "import { ProductViewer, LipTryOn } from 'vitrine'",
    "import { createTracker, callback } from 'vitrine/events'",
    "window.__events = []",
    "createTracker({ destinations: [callback((e) => window.__events.push(e))], consent: 'granted' })",
    "const product = { id: 'armchair', name: 'Armchair', price: { amount: 549, currency: 'EUR' }, kind: 'furniture', model: { src: '/models/armchair.glb', alt: 'An armchair' } }",
    "void LipTryOn",
    "createRoot(document.getElementById('root')).render(h(ProductViewer, { product, loading: 'eager' }))",
  ].join('\n'))
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app)
  const { build } = await import('vite')
  await build({ root: app, logLevel: 'warn', build: { outDir: path.join(app, 'dist') } })
  server = await startServer({ mounts: { '/': path.join(app, 'dist') } })
  session = await openSession()
}, 600_000)

afterAll(async () => {
  await session?.close()
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

it("the store's bundler emits our decoders and face model from the installed package", () => {
  const emitted = fs.readdirSync(path.join(app, 'dist/assets'))
  expect(emitted.some((f) => /^draco_decoder.*\.wasm$/.test(f))).toBe(true)
  expect(emitted.some((f) => /^face_mesh_solution_simd_wasm_bin.*\.wasm$/.test(f))).toBe(true)
  expect(emitted.some((f) => /^face_mesh_solution_packed_assets.*\.data$/.test(f))).toBe(true)
  const types = path.join(app, 'node_modules/vitrine/dist/types/index.d.ts')
  expect(fs.existsSync(types)).toBe(true)
})

it('renders a model from the packed package, with nothing beyond loopback', async () => {
  const { page } = session
  await page.goto(`${server.origin}/`)
  await page.waitForSelector('[data-vitrine-state=ready]', { timeout: 120_000 })
  expect(session.pageErrors).toEqual([])
  expect(session.offLoopback).toEqual([])
})
