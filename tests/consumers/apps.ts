// The consumer apps of the matrix: how each store is laid out, installed and
// built with its own tool, and the pages (targets) the browser opens on them.
import fs from 'node:fs'
import path from 'node:path'
import { startServer, type StartedServer } from '../../tools/serve.mjs'
import { cspHeader } from './csp'
import {
  copyTemplate,
  dirBytes,
  exec,
  Installer,
  Limiter,
  lockedPeers,
  lockedVersion,
  peerFloor,
  Phases,
  REPO,
  settle,
  SHARED_ASSETS,
  writeTemplate,
  type Outcome,
} from './runner'

export type AppName = 'vite' | 'webpack' | 'next' | 'plain' | 'vite-floor'
export type Variant = 'same-origin' | 'cdn' | 'csp'

/** One page of one app as the browser opens it: the HTML on `page`, and for `cdn` the JS and runtime files on `cdn`. */
export interface Target {
  id: string
  app: AppName
  variant: Variant
  /** Path and query opened on the page origin. */
  path: string
  /** A page with only a poster (3D on interaction): what JS a store's page needs before the poster shows. */
  posterPath: string
  parts: string[]
  page: StartedServer
  cdn?: StartedServer
  /** Where the production build of this target is (for the emulator grep). */
  outDir: string
  built: Promise<Outcome<void>>
}

export interface Matrix {
  targets: Target[]
  /** Per app: its folder, whether it installed, and the route output or TS results where they apply. */
  apps: Partial<Record<AppName, { dir: string; installed: Promise<Outcome<void>>; built: Promise<Outcome<void>> }>>
  footprint: Promise<Outcome<{ bytes: number; withVitrine: number; peersOnly: number }>>
  ts: { dir: string; installed: Promise<Outcome<void>> }
  close(): Promise<void>
}

export const ALL_PARTS = ['draco', 'ktx2', 'tryon', 'ar']
const floorLabel = () => `three ${peerFloor('three')}, fiber ${peerFloor('@react-three/fiber')}`

/** Every page the matrix opens, known before anything is built (the test file declares its checks from it). */
// In the order the browser opens them: the quick builds first, so pages open while webpack and Next build.
const all = { path: '/', posterPath: '/?parts=poster', parts: ALL_PARTS }
const next = { ...all, posterPath: '/poster.html' }
export const TARGETS: Pick<Target, 'id' | 'app' | 'variant' | 'path' | 'posterPath' | 'parts'>[] = [
  { id: 'vite', app: 'vite', variant: 'same-origin', ...all },
  { id: 'vite · cdn', app: 'vite', variant: 'cdn', ...all },
  { id: 'vite · csp', app: 'vite', variant: 'csp', ...all },
  {
    id: `vite-floor (${floorLabel()})`,
    app: 'vite-floor',
    variant: 'same-origin',
    ...all,
    path: '/?parts=draco',
    parts: ['draco'],
  },
  { id: 'plain', app: 'plain', variant: 'same-origin', ...all },
  { id: 'plain · cdn', app: 'plain', variant: 'cdn', ...all },
  { id: 'webpack', app: 'webpack', variant: 'same-origin', ...all },
  { id: 'webpack · cdn', app: 'webpack', variant: 'cdn', ...all },
  { id: 'next', app: 'next', variant: 'same-origin', ...next },
  { id: 'next · cdn', app: 'next', variant: 'cdn', ...next },
]
/** `VITRINE_MATRIX_APPS=vite,next` narrows a run to those apps (while working on one of them). */
export const SELECTED_APPS = process.env.VITRINE_MATRIX_APPS?.split(',').map((a) => a.trim()) as AppName[] | undefined
export const selected = (app: AppName) => !SELECTED_APPS || SELECTED_APPS.includes(app)
export const SELECTED_TARGETS = TARGETS.filter((t) => selected(t.app))
const spec = (app: AppName, variant: Variant) => TARGETS.find((t) => t.app === app && t.variant === variant)!

/** Page-origin mounts shared by every app: the shop's models, face photo and poster. No CORS headers. */
function pageMounts(root: string): Record<string, string> {
  const mounts: Record<string, string> = { '/': root, '/store/': path.join(REPO, 'assets') }
  if (fs.existsSync(SHARED_ASSETS)) {
    mounts['/shared/'] = SHARED_ASSETS
    mounts['/faces/'] = path.join(SHARED_ASSETS, 'faces')
  }
  return mounts
}

/**
 * Lays out, installs and builds every app (in parallel where the machine allows), and starts
 * the servers of each target. Nothing here throws for an app: its outcome carries the error.
 */
export async function prepareMatrix(work: string, tarball: string, phases: Phases): Promise<Matrix> {
  const installs = new Installer(phases, new Limiter(3))
  const builds = new Limiter(2)
  const vitrine = `file:${tarball}`
  const peers = lockedPeers()
  const servers: StartedServer[] = []
  const serve = async (mounts: Record<string, string>, headers?: Record<string, string>) => {
    const s = await startServer({ mounts, headers })
    servers.push(s)
    return s
  }
  const cdnServer = (root: string) => serve({ '/': root }, { 'access-control-allow-origin': '*' })
  const dir = (name: string) => path.join(work, name)
  const build = (label: string, fn: () => Promise<unknown>) => builds.run(() => phases.time(`build: ${label}`, fn))
  const after = (first: Promise<Outcome<void>>, fn: () => Promise<unknown>) =>
    settle(
      first.then((o) => {
        if (!o.ok) throw new Error(o.error)
        return fn().then(() => undefined)
      }),
    )

  const targets: Target[] = []
  const apps = {} as Matrix['apps']

  // Vite 8, default config: `vite build` with no config file; `--base` is the CDN variant.
  if (selected('vite')) {
    const root = dir('vite')
    copyTemplate('vite/index.html', path.join(root, 'index.html'))
    copyTemplate('vite/main.js', path.join(root, 'src/main.js'))
    copyTemplate('shop.js', path.join(root, 'src/shop.js'))
    const installed = settle(installs.install('vite', root, { ...peers, vitrine, vite: lockedVersion('vite') }))
    const cdn = await cdnServer(path.join(root, 'dist-cdn'))
    const vite = path.join(root, 'node_modules/.bin/vite')
    const same = after(installed, () => build('vite', () => exec(vite, ['build', '--outDir', 'dist'], { cwd: root })))
    const viaCdn = after(installed, () =>
      build('vite (cdn base)', () =>
        exec(vite, ['build', '--outDir', 'dist-cdn', '--base', `${cdn.origin}/`], { cwd: root }),
      ),
    )
    const dist = path.join(root, 'dist')
    targets.push(
      { ...spec('vite', 'same-origin'), page: await serve(pageMounts(dist)), outDir: dist, built: same },
      {
        ...spec('vite', 'cdn'),
        cdn,
        page: await serve(pageMounts(path.join(root, 'dist-cdn'))),
        outDir: path.join(root, 'dist-cdn'),
        built: viaCdn,
      },
      {
        ...spec('vite', 'csp'),
        outDir: dist,
        built: same,
        page: await serve(pageMounts(dist), { 'content-security-policy': cspHeader() }),
      },
    )
    apps.vite = { dir: root, installed, built: same }
  }

  // Peer floors: the same Vite app with the lowest three and @react-three/fiber our peer ranges admit.
  if (selected('vite-floor')) {
    const root = dir('vite-floor')
    copyTemplate('vite/index.html', path.join(root, 'index.html'))
    copyTemplate('vite/main.js', path.join(root, 'src/main.js'))
    copyTemplate('shop.js', path.join(root, 'src/shop.js'))
    const floors = { three: peerFloor('three'), '@react-three/fiber': peerFloor('@react-three/fiber') }
    const installed = settle(
      installs.install('vite-floor', root, { ...peers, ...floors, vitrine, vite: lockedVersion('vite') }),
    )
    const built = after(installed, () =>
      build(`vite-floor (${floorLabel()})`, () =>
        exec(path.join(root, 'node_modules/.bin/vite'), ['build', '--outDir', 'dist'], { cwd: root }),
      ),
    )
    const dist = path.join(root, 'dist')
    targets.push({ ...spec('vite-floor', 'same-origin'), page: await serve(pageMounts(dist)), outDir: dist, built })
    apps['vite-floor'] = { dir: root, installed, built }
  }

  // webpack 5 production build, plain JS, hand-written HTML; `output.publicPath` is the CDN variant.
  if (selected('webpack')) {
    const root = dir('webpack')
    copyTemplate('webpack/webpack.config.cjs', path.join(root, 'webpack.config.cjs'))
    copyTemplate('vite/main.js', path.join(root, 'src/main.js'))
    copyTemplate('shop.js', path.join(root, 'src/shop.js'))
    const installed = settle(
      installs.install('webpack', root, { ...peers, vitrine, webpack: '^5.100.0', 'webpack-cli': '^7.0.0' }),
    )
    const cdn = await cdnServer(path.join(root, 'dist-cdn'))
    const webpack = (out: string, publicPath: string) =>
      exec(path.join(root, 'node_modules/.bin/webpack'), ['--config', 'webpack.config.cjs'], {
        cwd: root,
        env: { VITRINE_OUT: out, VITRINE_PUBLIC_PATH: publicPath },
      }).then(() =>
        writeTemplate('webpack/index.html', path.join(root, out, 'index.html'), { PUBLIC_PATH: publicPath }),
      )
    const same = after(installed, () => build('webpack', () => webpack('dist', '/')))
    const viaCdn = after(installed, () =>
      build('webpack (cdn publicPath)', () => webpack('dist-cdn', `${cdn.origin}/`)),
    )
    targets.push(
      {
        ...spec('webpack', 'same-origin'),
        page: await serve(pageMounts(path.join(root, 'dist'))),
        outDir: path.join(root, 'dist'),
        built: same,
      },
      {
        ...spec('webpack', 'cdn'),
        cdn,
        page: await serve(pageMounts(path.join(root, 'dist-cdn'))),
        outDir: path.join(root, 'dist-cdn'),
        built: viaCdn,
      },
    )
    apps.webpack = { dir: root, installed, built: same }
  }

  // Next.js App Router, static export; `assetPrefix` is the CDN variant. The two builds share .next, so in turn.
  if (selected('next')) {
    const root = dir('next')
    const files = ['next.config.mjs', 'app/layout.js', 'app/page.js', 'app/poster/page.js', 'app/api/parse/route.js']
    for (const f of files) copyTemplate(`next/${f}`, path.join(root, f))
    copyTemplate('shop.js', path.join(root, 'app/shop.js'))
    const installed = settle(installs.install('next', root, { ...peers, vitrine, next: '^16.0.0' }))
    const cdn = await cdnServer(path.join(root, 'out-cdn'))
    const next = (out: string, assetPrefix?: string) =>
      exec(path.join(root, 'node_modules/.bin/next'), ['build'], {
        cwd: root,
        env: assetPrefix ? { VITRINE_ASSET_PREFIX: assetPrefix } : {},
        timeout: 600_000,
      }).then(() => {
        fs.rmSync(path.join(root, out), { recursive: true, force: true })
        fs.renameSync(path.join(root, 'out'), path.join(root, out))
      })
    const same = after(installed, () => build('next', () => next('out-same')))
    const viaCdn = after(
      same.then(() => installed),
      () => build('next (cdn assetPrefix)', () => next('out-cdn', cdn.origin)),
    )
    targets.push(
      {
        ...spec('next', 'same-origin'),
        page: await serve(pageMounts(path.join(root, 'out-same'))),
        outDir: path.join(root, 'out-same'),
        built: same,
      },
      {
        ...spec('next', 'cdn'),
        cdn,
        page: await serve(pageMounts(path.join(root, 'out-cdn'))),
        outDir: path.join(root, 'out-cdn'),
        built: viaCdn,
      },
    )
    apps.next = { dir: root, installed, built: same }
  }

  // Plain HTML: the store bundles its script with esbuild (which emits none of our files), runs the
  // documented copy step and points setAssetBase/assetBase at the copies. One build, two pages.
  if (selected('plain')) {
    const root = dir('plain')
    copyTemplate('plain/main.js', path.join(root, 'src/main.js'))
    copyTemplate('shop.js', path.join(root, 'src/shop.js'))
    const installed = settle(installs.install('plain', root, { ...peers, vitrine, esbuild: lockedVersion('esbuild') }))
    const cdn = await cdnServer(path.join(root, 'public'))
    const built = after(installed, () =>
      build('plain (esbuild + copy-assets)', async () => {
        await exec(
          path.join(root, 'node_modules/.bin/esbuild'),
          [
            'src/main.js',
            '--bundle',
            '--splitting',
            '--format=esm',
            '--minify',
            '--outdir=public/js',
            '--define:process.env.NODE_ENV="production"',
            '--log-level=warning',
          ],
          { cwd: root },
        )
        writeTemplate('plain/index.html', path.join(root, 'public/index.html'), {
          ASSET_BASE: '/vitrine/',
          SCRIPT_BASE: '/',
        })
        writeTemplate('plain/index.html', path.join(root, 'page-cdn/index.html'), {
          ASSET_BASE: `${cdn.origin}/vitrine/`,
          SCRIPT_BASE: `${cdn.origin}/`,
        })
        // The documented self-hosting step; `--no` keeps npx from fetching anything when the bin is missing.
        await exec('npx', ['--no', 'vitrine', 'copy-assets', 'public/vitrine'], { cwd: root })
      }),
    )
    const pub = path.join(root, 'public')
    targets.push(
      { ...spec('plain', 'same-origin'), page: await serve(pageMounts(pub)), outDir: pub, built },
      { ...spec('plain', 'cdn'), cdn, page: await serve(pageMounts(path.join(root, 'page-cdn'))), outDir: pub, built },
    )
    apps.plain = { dir: root, installed, built }
  }

  // TypeScript consumer, and the install footprint: the plain store (peers + esbuild + vitrine) against
  // the same store without vitrine.
  const tsDir = dir('ts')
  // The template is not named .tsx so that this repo's own tsc does not compile it against src/.
  copyTemplate('ts/consumer.tsx.tmpl', path.join(tsDir, 'consumer.tsx'))
  for (const m of ['bundler', 'node16', 'nodenext'])
    copyTemplate(`ts/tsconfig.${m}.json`, path.join(tsDir, `tsconfig.${m}.json`))
  const types = Object.fromEntries(
    ['typescript', '@types/react', '@types/react-dom', '@types/three'].map((n) => [n, lockedVersion(n)]),
  )
  const tsInstalled = settle(installs.install('ts', tsDir, { ...peers, vitrine, ...types }))
  const baseline = dir('peers-only')
  const storeDir = apps.plain?.dir ?? dir('footprint')
  const store =
    apps.plain?.installed ??
    settle(installs.install('footprint', storeDir, { ...peers, vitrine, esbuild: lockedVersion('esbuild') }))
  const footprint = settle(
    installs
      .install('peers-only (footprint baseline)', baseline, { ...peers, esbuild: lockedVersion('esbuild') })
      .then(async () => {
        const plain = await store
        if (!plain.ok) throw new Error(plain.error)
        const withVitrine = dirBytes(path.join(storeDir, 'node_modules'))
        const peersOnly = dirBytes(path.join(baseline, 'node_modules'))
        return { bytes: withVitrine - peersOnly, withVitrine, peersOnly }
      }),
  )

  return {
    targets,
    apps,
    footprint,
    ts: { dir: tsDir, installed: tsInstalled },
    close: async () => {
      await Promise.all(servers.map((s) => s.close()))
    },
  }
}
