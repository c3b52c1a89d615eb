// The consumer matrix: the packed tarball installed from the npm registry into
// fresh store apps (Vite 8, webpack 5, Next.js App Router, plain HTML +
// esbuild + the documented copy step, the peer floors), each built for
// production by its own tool, served by a plain static server with no CORS
// headers and once more with the JS on a CDN origin, and opened in Chromium.
// Prints (and writes to .vitrine/consumers-report.md) the footprint, JS bytes
// and which checks passed. See tests/consumers/ for the apps and the runner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { useSession } from '../support/session'
import { prepareMatrix, selected, SELECTED_TARGETS, type Matrix, type Target } from '../consumers/apps'
import { buildAndPack, emulatorCode, exec, MAX_FOOTPRINT_MB, Phases, REPO, SHARED_ASSETS } from '../consumers/runner'
import { Report } from '../consumers/report'
import { installPosterProbe, jsBeforePoster, jsTotal, visit, type Visit } from '../consumers/visit'
import { elementJsBeforePoster, visitElement } from '../consumers/visitElement'

const shared = fs.existsSync(SHARED_ASSETS)
const ktx2 = fs.existsSync(
  path.join(SHARED_ASSETS, 'models/AnisotropyBarnLamp/glTF-KTX2-Basisu/AnisotropyBarnLamp.gltf'),
)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrine-matrix-'))
const phases = new Phases()
const report = new Report()
const session = useSession({ viewport: { width: 1300, height: 1000 } })
let matrix: Matrix
let tarball: string

/** A check that records its outcome in the report, then passes or fails as usual. */
function check(row: string, name: string, fn: () => unknown | Promise<unknown>, skip = false) {
  if (skip) {
    it.skip(name, () => {})
    report.record(row, name, 'skip')
    return
  }
  it(name, async () => {
    try {
      await fn()
      report.record(row, name, 'pass')
    } catch (err) {
      report.record(row, name, 'fail', (err as Error)?.message ?? String(err))
      throw err
    }
  })
}

/** Throws when the target did not build: in full for the 'builds' check, by reference for the checks after it. */
async function built(t: Target, full = false) {
  const outcome = await t.built
  if (!outcome.ok)
    throw new Error(
      full ? `the ${t.app} app did not build:\n${outcome.error}` : `the ${t.app} app did not build (see "builds")`,
    )
}

beforeAll(async () => {
  await installPosterProbe(session)
  tarball = await buildAndPack(work, phases)
  // Installs and builds run in the background, in parallel; each target's pages open as soon as it is built.
  matrix = await prepareMatrix(work, tarball, phases)
}, 10 * 60_000)

afterAll(async () => {
  await matrix?.close()
  if (!shared) report.notes.push(`${SHARED_ASSETS} is absent: the model, try-on and QR checks were skipped`)
  if (!ktx2) report.notes.push('the KTX2 model (AnisotropyBarnLamp glTF-KTX2-Basisu) is absent: its check was skipped')
  const text = report.write(path.join(REPO, '.vitrine/consumers-report.md'), phases)
  console.log(text)
  if (!process.env.VITRINE_KEEP_MATRIX) fs.rmSync(work, { recursive: true, force: true })
  else console.log(`matrix apps kept in ${work}`)
})

for (const spec of SELECTED_TARGETS) {
  describe(`consumer: ${spec.id}`, () => {
    const row = spec.id
    let v: Visit | undefined
    const target = () => matrix.targets.find((t) => t.id === spec.id)!
    beforeAll(async () => {
      const t = target()
      if (!(await t.built).ok) return
      await matrix.quiet
      const element = spec.app === 'element'
      const before = await phases.time(`browser: ${spec.id}, poster page`, () =>
        (element ? elementJsBeforePoster : jsBeforePoster)(session, t),
      )
      v = await phases.time(`browser: ${spec.id}`, () => (element ? visitElement : visit)(session, t))
      report.measure(row, { jsBeforePosterKb: before === null ? null : before / 1024, jsTotalKb: jsTotal(v) / 1024 })
      const footprint = await matrix.footprint
      if (footprint.ok) report.measure(row, { footprintMb: footprint.value!.bytes / 1e6 })
    }, 25 * 60_000)
    const opened = async () => {
      await built(target())
      if (!v) throw new Error('the page was not opened')
      if (v.problem) throw new Error(`the page could not be driven: ${v.problem}`)
      return v
    }
    const has = (part: string) => spec.parts.includes(part)

    check(row, 'builds', () => built(target(), true))
    for (const id of ['draco', 'ktx2'] as const) {
      check(
        row,
        `${id} model renders`,
        async () => {
          const r = (await opened()).viewers[id]
          expect(r, `${id} viewer`).toBeDefined()
          expect(r.state, `${id} viewer state (${r.problem ?? ''})`).toBe('ready')
          expect(r.coverage!, `${id}: share of non-background pixels`).toBeGreaterThan(0.02)
        },
        !has(id) || !shared || (id === 'ktx2' && !ktx2),
      )
    }
    check(
      row,
      'try-on paints the lips in photo mode',
      async () => {
        const r = (await opened()).tryon!
        expect(r.status, `try-on status (${r.problem ?? ''})`).toBe('tracking')
        if (spec.app === 'element') {
          // No handle with the lip contours from inside the element: the photo shows the shade's blue
          // on the lips (hundreds of pixels), not over the face.
          expect(r.mode, 'try-on mode').toBe('photo')
          expect(r.paintedPixels!, `pixels painted in the shade (${r.problem ?? ''})`).toBeGreaterThan(300)
          expect(r.paintedShare!, 'share of the photo painted').toBeLessThan(0.05)
          return
        }
        expect(r.lipPixels!, `lip pixels found (${r.problem ?? ''})`).toBeGreaterThan(300)
        expect(r.covered!, 'share of the lips painted').toBeGreaterThanOrEqual(0.9)
        expect(r.outside!, 'share of the paint outside the lips').toBeLessThan(0.03)
      },
      !has('tryon') || !shared,
    )
    check(
      row,
      'AR falls back to the QR hand-off',
      async () => {
        const qr = (await opened()).qr!
        expect(qr.problem, 'QR hand-off').toBeUndefined()
        expect(qr.url).toContain('vitrine-ar=armchair')
      },
      !has('ar'),
    )
    if (spec.variant === 'cdn') {
      check(row, 'JS comes from the CDN origin', async () => {
        const { scripts } = await opened()
        const cdn = target().cdn!.origin
        expect(scripts.length, 'scripts loaded').toBeGreaterThan(0)
        expect(
          scripts.filter((s) => !s.url.startsWith(cdn + '/')).map((s) => s.url),
          'scripts not from the CDN',
        ).toEqual([])
      })
    }
    check(
      row,
      "events arrive at the collector from the page's config block",
      async () => {
        const ev = (await opened()).events!
        expect(ev.problem, 'collector').toBeUndefined()
        expect(ev.dom, 'DOM events the page saw').toEqual(
          expect.arrayContaining(['model_loaded:sheen-chair', 'tryon_started:lip-velvet', 'ar_offered:armchair']),
        )
        expect(
          ev.dom.filter((k) => !ev.collected.includes(k)),
          'DOM events that never reached the collector',
        ).toEqual([])
      },
      !has('events') || !shared,
    )
    check(row, 'no request leaves loopback', async () => {
      expect((await opened()).offLoopback).toEqual([])
    })
    check(row, 'no page error', async () => {
      const r = await opened()
      expect(r.pageErrors, `page errors (console errors: ${r.consoleErrors.slice(0, 5).join(' | ')})`).toEqual([])
    })
    if (spec.variant === 'same-origin') {
      check(row, 'build has no WebXR emulator code', async () => {
        await built(target())
        expect(emulatorCode(target().outDir), 'built files with emulator code').toEqual([])
      })
    }
  })
}

describe('the package as a store installs it', () => {
  const row = 'package'
  check(row, `install footprint ≤ ${MAX_FOOTPRINT_MB} MB beyond the peers`, async () => {
    const f = await matrix.footprint
    if (!f.ok) throw new Error(f.error)
    const { bytes, withVitrine, peersOnly } = f.value!
    report.measure(row, { footprintMb: bytes / 1e6 })
    console.log(
      `install footprint: ${(withVitrine / 1e6).toFixed(1)} MB with vitrine, ${(peersOnly / 1e6).toFixed(1)} MB peers only`,
    )
    expect(bytes / 1e6, 'MB that npm install vitrine adds').toBeLessThanOrEqual(MAX_FOOTPRINT_MB)
  })

  check(
    row,
    'Next route handler runs parseProduct from vitrine/product at build time',
    async () => {
      await built(
        matrix.targets.find((t) => t.app === 'next' && t.variant === 'same-origin')!,
        true,
      )
      const out = path.join(matrix.apps.next!.dir, 'out-same/api')
      const file = ['parse', 'parse.json', 'parse/index.json', 'parse.body']
        .map((f) => path.join(out, f))
        .find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
      expect(file, `the route's output in ${out}`).toBeDefined()
      const body = JSON.parse(fs.readFileSync(file!, 'utf8'))
      expect(body.good).toEqual({ ok: true, id: 'armchair', kind: 'furniture' })
      expect(body.bad.ok).toBe(false)
      expect(body.bad.message.length).toBeGreaterThan(0)
    },
    !selected('next'),
  )

  const tsInstalled = async () => {
    const o = await matrix.ts.installed
    if (!o.ok) throw new Error(o.error)
  }
  for (const mode of ['bundler', 'node16', 'nodenext']) {
    check(row, `tsc --noEmit, moduleResolution ${mode}, skipLibCheck false`, async () => {
      await tsInstalled()
      await phases.time(`tsc: ${mode}`, () =>
        exec(path.join(matrix.ts.dir, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${mode}.json`], {
          cwd: matrix.ts.dir,
        }),
      )
    })
  }
  check(row, 'are the types wrong (attw, esm-only profile)', async () => {
    await phases.time('attw', () =>
      exec(
        path.join(REPO, 'node_modules/.bin/attw'),
        [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--format', 'ascii', '--no-color', '--no-emoji'],
        { cwd: REPO },
      ),
    )
  })
  check(row, 'publint --strict', async () => {
    await phases.time('publint', () =>
      exec(path.join(REPO, 'node_modules/.bin/publint'), ['run', tarball, '--strict'], { cwd: REPO }),
    )
  })
})
