// The consumer apps of the matrix: how each store is laid out, installed and
// built with its own tool, and the pages (targets) the browser opens on them.
import fs from 'node:fs'
import path from 'node:path'
import { startServer, type StartedServer } from '../../tools/serve.mjs'
import { createCollector, type Collector } from '../../tools/collector.mjs'
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

export type AppName = 'vite' | 'webpack' | 'next' | 'plain' | 'vite-floor' | 'element'
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
  /** The analytics collector the page's config block points at (the element page). */
  collector?: Collector
}

export interface Matrix {
  targets: Target[]
  /** Per app: its folder, whether it installed, and the route output or TS results where they apply. */
  apps: Partial<Record<AppName, { dir: string; installed: Promise<Outcome<void>>; built: Promise<Outcome<void>> }>>
  footprint: Promise<Outcome<{ bytes: number; withVitrine: number; peersOnly: number }>>
  ts: { dir: string; installed: Promise<Outcome<void>> }
  /**
   * Settles once every install and build is over. Pages are opened after it: with npm and three
   * bundlers still at work on 2 cores, a page's try-on start took more than 90 s in CI.
   */
  quiet: Promise<void>
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
  { id: 'element (no bundler)', app: 'element', variant: 'same-origin', ...all, parts: [...ALL_PARTS, 'events'] },
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
  const serve = async (mounts: Record<string, string>, headers?: Record<string, string>, collector?: Collector) => {
    const s = await startServer({ mounts, headers, handle: collector?.handle })
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
  /**
   * Serves an app's page on its own origin and its page with the JS on the CDN, each from its own
   * folder under `root` (`outDir`: where that page's build is, when not the folder served).
   */
  type Build = { dir: string; built: Promise<Outcome<void>>; outDir?: string }
  const serveOwnOriginAndCdn = async (app: AppName, root: string, cdn: StartedServer, own: Build, viaCdn: Build) => {
    for (const [variant, b] of [
      ['same-origin', own],
      ['cdn', viaCdn],
    ] as const) {
      const served = path.join(root, b.dir)
      targets.push({
        ...spec(app, variant),
        ...(variant === 'cdn' ? { cdn } : {}),
        page: await serve(pageMounts(served)),
        outDir: b.outDir ? path.join(root, b.outDir) : served,
        built: b.built,
      })
    }
  }

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
    await serveOwnOriginAndCdn('vite', root, cdn, { dir: 'dist', built: same }, { dir: 'dist-cdn', built: viaCdn })
    targets.push({
      ...spec('vite', 'csp'),
      outDir: dist,
      built: same,
      page: await serve(pageMounts(dist), { 'content-security-policy': cspHeader() }),
    })
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
    await serveOwnOriginAndCdn('webpack', root, cdn, { dir: 'dist', built: same }, { dir: 'dist-cdn', built: viaCdn })
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
    await serveOwnOriginAndCdn('next', root, cdn, { dir: 'out-same', built: same }, { dir: 'out-cdn', built: viaCdn })
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
    // One build serves both pages: only the HTML differs (page-cdn/ points at the CDN).
    await serveOwnOriginAndCdn(
      'plain',
      root,
      cdn,
      { dir: 'public', built },
      { dir: 'page-cdn', outDir: 'public', built },
    )
    apps.plain = { dir: root, installed, built }
  }

  // A page with no bundler at all: the self-contained build copied out of node_modules/vitrine the way the
  // README says (element/ and runtime/ side by side), one module script, <vitrine-product> tags, and a
  // config block that sends the events to a real collector on the page's origin. The page is served
  // from public/ alone, so nothing installed next to vitrine can reach it.
  if (selected('element')) {
    const root = dir('element')
    // The same dependency set as the plain store: the Installer links that install instead of repeating it.
    const installed = settle(
      installs.install('element', root, { ...peers, vitrine, esbuild: lockedVersion('esbuild') }),
    )
    const pub = path.join(root, 'public')
    const built = after(installed, () =>
      build('element (copy dist/element + dist/runtime)', async () => {
        copyTemplate('element/index.html', path.join(pub, 'index.html'))
        for (const f of ['sheen-chair', 'barn-lamp', 'lip-velvet', 'armchair'])
          copyTemplate(`element/catalog/${f}.json`, path.join(pub, `catalog/${f}.json`))
        fs.mkdirSync(path.join(pub, 'vitrine'), { recursive: true })
        const dist = path.join(root, 'node_modules/vitrine/dist')
        await exec('cp', ['-r', path.join(dist, 'element'), path.join(dist, 'runtime'), 'public/vitrine/'], {
          cwd: root,
        })
      }),
    )
    const collector = createCollector()
    targets.push({
      ...spec('element', 'same-origin'),
      page: await serve(pageMounts(pub), undefined, collector),
      outDir: pub,
      built,
      collector,
    })
    apps.element = { dir: root, installed, built }
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
    quiet: Promise.all([...targets.map((t) => t.built), tsInstalled, footprint]).then(() => undefined),
    close: async () => {
      await Promise.all(servers.map((s) => s.close()))
    },
  }
}
