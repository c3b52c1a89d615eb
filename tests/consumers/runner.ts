// The consumer matrix's machinery: build and pack the library once, install it
// into fresh apps from the npm registry, build them with their own tools, and
// measure what a store gets (install footprint, emulator code in its build).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

// semver ships no types; this is the one function used.
const semver = createRequire(import.meta.url)('semver') as { minVersion(range: string): { version: string } | null }

export const REPO = path.resolve(import.meta.dirname, '../..')
export const SHARED_ASSETS = path.resolve(REPO, '../shared/assets')
export const TEMPLATES = path.join(import.meta.dirname, 'apps')

/** Most that `npm install vitrine` may add to a store's node_modules beyond its peers. */
export const MAX_FOOTPRINT_MB = 40

/**
 * Strings found in the WebXR emulator and nowhere else, that survive minification:
 * @pmndrs/xr's emulate.js names its synthetic rooms, and IWER's runtime and @iwer/sem have these messages.
 */
export const EMULATOR_MARKERS = ['office_small', 'meeting_room', 'IWER-controlled', 'Install @iwer/sem']

/** Durations of each phase, printed with the report. */
export class Phases {
  readonly rows: { phase: string; ms: number; ok: boolean }[] = []

  async time<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now()
    try {
      const out = await fn()
      this.rows.push({ phase, ms: performance.now() - started, ok: true })
      return out
    } catch (err) {
      this.rows.push({ phase, ms: performance.now() - started, ok: false })
      throw err
    }
  }
}

/** At most `slots` tasks at once: installs are disk- and network-bound, builds take the 2 cores. */
export class Limiter {
  private running = 0
  private queue: (() => void)[] = []
  constructor(private readonly slots: number) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) await new Promise<void>((r) => this.queue.push(r))
    this.running++
    try {
      return await fn()
    } finally {
      this.running--
      this.queue.shift()?.()
    }
  }
}

/** The environment for child tools: production, no telemetry, and none of the parent `npm test`'s npm_* settings. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('npm_') && k !== 'npm_config_cache' && k !== 'npm_config_registry') continue
    env[k] = v
  }
  return {
    ...env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    STORYBOOK_DISABLE_TELEMETRY: '1',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  }
}

/** Runs a command; rejects with its exit code and the end of its output, which is what a failure needs to show. */
export function exec(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; timeout?: number },
) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: childEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (d) => {
      output += d
    })
    child.stderr.on('data', (d) => {
      output += d
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 600_000)
    child.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) return resolve(output)
      reject(
        new Error(`\`${cmd} ${args.join(' ')}\` in ${opts.cwd} failed (${signal ?? `exit ${code}`}):\n${gist(output)}`),
      )
    })
  })
}

/** The lines of a tool's output that say what went wrong (tools print them anywhere), then its last lines. */
export function gist(output: string): string {
  const lines = output
    // eslint-disable-next-line no-control-regex -- strip the tools' ANSI colours
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
  const errors = lines.filter((l) => /\b(error|Error|ERR!|failed|Failed|Cannot|Can't)\b|TS\d{4}/.test(l)).slice(0, 12)
  const tail = lines.slice(-15).filter((l) => !errors.includes(l))
  return [...errors, ...(tail.length ? ['…', ...tail] : [])].join('\n')
}

/** `npm run build`, then `npm pack` into `dir`: the tarball a store would install. */
export async function buildAndPack(dir: string, phases: Phases): Promise<string> {
  await phases.time('library: npm run build', () => exec('npm', ['run', 'build', '--silent'], { cwd: REPO }))
  const out = await phases.time('library: npm pack', () =>
    exec('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: REPO }),
  )
  return path.join(dir, out.trim().split('\n').pop()!)
}

const rootPackage = () => JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'))

/** The version this repo's package-lock.json pins (what our own tests run with). */
export function lockedVersion(name: string): string {
  const lock = JSON.parse(fs.readFileSync(path.join(REPO, 'package-lock.json'), 'utf8'))
  const version = lock.packages[`node_modules/${name}`]?.version
  if (!version) throw new Error(`${name} is not in package-lock.json`)
  return version
}

/** The lowest version our peerDependencies range for `name` admits: what "the floor" means. */
export function peerFloor(name: string): string {
  const range = rootPackage().peerDependencies?.[name]
  if (!range) throw new Error(`${name} is not a peerDependency`)
  const floor = semver.minVersion(range)
  if (!floor) throw new Error(`peerDependencies.${name} "${range}" has no minimum version`)
  return floor.version
}

/** The peers a store installs next to us, at the versions our lock file pins. */
export function lockedPeers(): Record<string, string> {
  return Object.fromEntries(['react', 'react-dom', 'three', '@react-three/fiber'].map((n) => [n, lockedVersion(n)]))
}

/**
 * Installs an app's dependencies from the npm registry into `dir` (package.json written here).
 * Equal dependency sets are installed once: a later app with the same set copies nothing and
 * reuses that node_modules through a symlink.
 */
export class Installer {
  private readonly done = new Map<string, Promise<string>>()
  constructor(
    private readonly phases: Phases,
    private readonly limit: Limiter,
  ) {}

  install(label: string, dir: string, dependencies: Record<string, string>): Promise<void> {
    const three = dependencies.three
    const manifest = {
      name: `store-${label}`,
      private: true,
      type: 'module',
      dependencies,
      overrides: three ? { three } : undefined,
    }
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
    const key = JSON.stringify(Object.entries(dependencies).sort())
    const earlier = this.done.get(key)
    if (earlier) {
      return earlier.then((from) => fs.symlinkSync(path.join(from, 'node_modules'), path.join(dir, 'node_modules')))
    }
    const installed = this.limit
      .run(() =>
        this.phases.time(`install: ${label}`, () =>
          exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
            cwd: dir,
            timeout: 900_000,
          }),
        ),
      )
      .then(() => dir)
    this.done.set(key, installed)
    return installed.then(() => undefined)
  }
}

/** Bytes on disk under `dir`, as `du` counts files (symlinks not followed). */
export function dirBytes(dir: string): number {
  let total = 0
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) walk(p)
      else if (entry.isFile()) total += fs.statSync(p).size
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return total
}

/** Files under `dir` (JS, recursively) that hold emulator code, with the marker found. */
export function emulatorCode(dir: string): string[] {
  const hits: string[] = []
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (entry.isDirectory()) {
        walk(p)
        continue
      }
      if (!/\.(m?js|cjs)$/.test(entry.name)) continue
      const text = fs.readFileSync(p, 'utf8')
      const marker = EMULATOR_MARKERS.find((m) => text.includes(m))
      if (marker)
        hits.push(`${path.relative(dir, p)} (${JSON.stringify(marker)}, ${(text.length / 1024).toFixed(0)} kB)`)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return hits
}

/** Copies a template file into an app. */
export function copyTemplate(from: string, to: string) {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.copyFileSync(path.join(TEMPLATES, from), to)
}

/** Copies a template with `%NAME%` placeholders filled in. */
export function writeTemplate(from: string, to: string, values: Record<string, string>) {
  fs.mkdirSync(path.dirname(to), { recursive: true })
  let text = fs.readFileSync(path.join(TEMPLATES, from), 'utf8')
  for (const [k, v] of Object.entries(values)) text = text.replaceAll(`%${k}%`, v)
  fs.writeFileSync(to, text)
}

/** A result to wait for that never rejects: checks await it and report its error themselves. */
export interface Outcome<T> {
  ok: boolean
  value?: T
  error?: string
}
export async function settle<T>(p: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await p }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}
