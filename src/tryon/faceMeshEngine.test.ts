// Fails loudly when @mediapipe/face_mesh changes under us: faceMeshEngine.ts
// patches one minified field of the pinned build, and the model slice is cut
// from its packed data file.
import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { EngineMismatchError, FACE_MESH_VERSION, patchWorkerContext } from './faceMeshEngine'

const root = path.resolve(import.meta.dirname, '../..')
const pkgDir = path.join(root, 'node_modules/@mediapipe/face_mesh')

describe('@mediapipe/face_mesh, the engine behind our Landmarker', () => {
  it(`is the ${FACE_MESH_VERSION} build faceMeshEngine.ts was written for`, () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'))
    expect(
      pkg.version,
      'face_mesh changed: re-check patchWorkerContext and re-run src/tryon/model/sliceFaceModel.mjs',
    ).toBe(FACE_MESH_VERSION)
  })

  it('still has the worker-branch bug the patch fixes, at the field it patches', () => {
    const src = fs.readFileSync(path.join(pkgDir, 'face_mesh.js'), 'utf8')
    // The page branch stores its GL context as `a.J`; the worker branch does not, and send() reads it.
    expect(src).toContain('a.J=r;a.h.canvas=a.l')
    expect(src).toContain('a.h.GL.makeContextCurrent(g)')
    expect(src).toContain('new ld(c.h,c.J)')
  })

  it('patches through the expected internals and refuses loudly when they moved', () => {
    const ctx = { canvas: {} }
    const solution = { g: { h: { GL: { currentContext: { GLctx: ctx } } } as unknown, J: undefined as unknown } }
    patchWorkerContext(solution)
    expect(solution.g.J).toBe(ctx)
    expect(() => patchWorkerContext({})).toThrow(EngineMismatchError)
    expect(() => patchWorkerContext({ g: { h: {} } })).toThrow(/not the 0\.4\.1657299874 build/)
  })

  it('ships a model slice that is byte-identical to the installed package', () => {
    const out = execFileSync(process.execPath, [path.join(root, 'src/tryon/model/sliceFaceModel.mjs'), '--check'], {
      encoding: 'utf8',
    })
    expect(out).toContain('up to date')
  })
})
