// The one file that knows @mediapipe/face_mesh (the legacy Solutions build,
// pinned at FACE_MESH_VERSION). It runs in the landmark worker and gives the
// rest of the worker a small engine: init, detect, reset. Everything specific
// to that package, including its one needed patch, lives here;
// faceMeshEngine.test.ts checks the package still looks the way this file expects.

/** The version this adapter was written against; faceMeshEngine.test.ts fails when the installed one differs. */
export const FACE_MESH_VERSION = '0.4.1657299874'

/** Normalised landmarks (x, y, z triplets) of every face found. */
export interface EngineResult {
  faces: Float32Array[]
}

/** What the worker needs from a landmark engine. */
export interface FaceEngine {
  detect(image: ImageData | ImageBitmap, opts: { maxFaces: number; reset: boolean }): Promise<EngineResult>
  close(): void
}

interface FaceMeshResults {
  multiFaceLandmarks?: { x: number; y: number; z: number }[][]
  image?: ImageBitmap
}
interface FaceMeshLike {
  setOptions(o: Record<string, unknown>): void
  onResults(cb: (r: FaceMeshResults) => void): void
  initialize(): Promise<void>
  send(input: { image: ImageBitmap | ImageData }): Promise<void>
  reset(): void
  close(): Promise<void>
}

/** The internals the worker-context patch touches, by their minified names in FACE_MESH_VERSION. */
interface SolutionInternals {
  J?: unknown
  h?: { GL?: { currentContext?: { GLctx?: unknown } } }
}

/** Thrown when the installed face_mesh no longer matches this adapter: a clear message instead of a broken camera. */
export class EngineMismatchError extends Error {
  constructor(detail: string) {
    super(`@mediapipe/face_mesh is not the ${FACE_MESH_VERSION} build this try-on was written for (${detail})`)
    this.name = 'EngineMismatchError'
  }
}

/**
 * face_mesh's worker branch creates its WebGL2 context through emscripten but
 * never stores it where `send()` uploads the input texture (the page branch
 * does: `a.J = r`), so the first `send()` throws "Cannot read properties of
 * undefined (reading 'canvas')". Hand it the context emscripten made current.
 * Fails loudly when the internals moved, rather than silently doing nothing.
 */
export function patchWorkerContext(solution: unknown): void {
  const s = (solution as { g?: SolutionInternals }).g
  const ctx = s?.h?.GL?.currentContext?.GLctx
  if (!s || !ctx) throw new EngineMismatchError('no solution.g.h.GL.currentContext to patch')
  if (!s.J) s.J = ctx
}

type WorkerScope = {
  Module?: unknown
  createMediapipeSolutionsPackedAssets?: unknown
  FaceMesh?: new (cfg: { locateFile: (f: string) => string }) => FaceMeshLike
  importScripts(url: string): void
}

/**
 * Loads face_mesh from `locate(name)` URLs (blob: URLs of the downloaded
 * files) and returns it as a FaceEngine. `refine` picks the attention model.
 */
export async function createFaceMeshEngine(locate: (name: string) => string, refine: boolean): Promise<FaceEngine> {
  const scope = globalThis as unknown as WorkerScope
  const locateFile = (name: string) => locate(name)
  // In a worker face_mesh reads these globals instead of its own locateFile.
  scope.Module = { locateFile }
  scope.createMediapipeSolutionsPackedAssets = { locateFile }
  scope.importScripts(locate('face_mesh.js'))
  if (!scope.FaceMesh) throw new EngineMismatchError('face_mesh.js did not define FaceMesh')
  const fm = new scope.FaceMesh({ locateFile })
  let maxFaces = 1
  // Never set minDetectionConfidence: it aborts this build's graph.
  fm.setOptions({ maxNumFaces: maxFaces, refineLandmarks: refine, useCpuInference: true, selfieMode: false })
  let last: FaceMeshResults | null = null
  fm.onResults((r) => {
    last = r
  })
  await fm.initialize()
  patchWorkerContext(fm)
  return {
    async detect(image, opts) {
      if (opts.maxFaces !== maxFaces) {
        maxFaces = opts.maxFaces
        fm.setOptions({ maxNumFaces: maxFaces })
      }
      if (opts.reset) fm.reset()
      last = null
      await fm.send({ image }) // onResults fires before send() resolves
      const result = last as FaceMeshResults | null
      result?.image?.close?.()
      const faces = (result?.multiFaceLandmarks ?? []).map((face) => {
        const out = new Float32Array(face.length * 3)
        face.forEach((p, i) => {
          out[i * 3] = p.x
          out[i * 3 + 1] = p.y
          out[i * 3 + 2] = p.z
        })
        return out
      })
      return { faces }
    },
    close() {
      void fm.close().catch(() => {})
    },
  }
}
