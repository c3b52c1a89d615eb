// Runs @mediapipe/face_mesh off the main thread. A classic worker with no
// imports: face_mesh.js is a closure script loaded with importScripts, and it
// has a worker branch (importScripts + OffscreenCanvas) of its own.
//
// Protocol: main -> {type:'init', files} then {type:'detect', id, bitmap, maxFaces, reset};
// worker -> {type:'ready'} | {type:'result', id, faces: Float32Array[], ms} | {type:'error', message}.

interface FaceMeshResults { multiFaceLandmarks?: { x: number; y: number; z: number }[][]; image?: ImageBitmap }
interface FaceMeshLike {
  setOptions(o: Record<string, unknown>): void
  onResults(cb: (r: FaceMeshResults) => void): void
  initialize(): Promise<void>
  send(input: { image: ImageBitmap }): Promise<void>
  reset(): void
  // Minified internals of the pinned 0.4.1657299874 build, see fixWorkerContext.
  g?: { J?: unknown; h?: { GL?: { currentContext?: { GLctx?: unknown } } } }
}

const scope = self as unknown as {
  Module?: unknown
  createMediapipeSolutionsPackedAssets?: unknown
  FaceMesh?: new (cfg: { locateFile: (f: string) => string }) => FaceMeshLike
  postMessage(msg: unknown, transfer?: Transferable[]): void
  onmessage: ((e: MessageEvent) => void) | null
}

let faceMesh: FaceMeshLike | null = null
let last: FaceMeshResults | null = null
let maxFaces = 1
let convertMs = 0

/**
 * face_mesh's worker branch creates its WebGL2 context through emscripten but
 * never stores it where `send()` uploads the input texture, so the first
 * `send()` throws "Cannot read properties of undefined (reading 'canvas')".
 * Hand it the context emscripten made current.
 */
function fixWorkerContext(fm: FaceMeshLike) {
  const solution = fm.g
  const ctx = solution?.h?.GL?.currentContext?.GLctx
  if (solution && !solution.J && ctx) solution.J = ctx
}

async function init(files: Record<string, string>) {
  const locateFile = (name: string) => files[name] ?? name
  // In a worker face_mesh reads these globals instead of its own locateFile.
  scope.Module = { locateFile }
  scope.createMediapipeSolutionsPackedAssets = { locateFile }
  importScripts(files['face_mesh.js'])
  if (!scope.FaceMesh) throw new Error('face_mesh.js did not define FaceMesh')
  const fm = new scope.FaceMesh({ locateFile })
  // Never set minDetectionConfidence: it aborts this build's graph.
  fm.setOptions({ maxNumFaces: maxFaces, refineLandmarks: true, useCpuInference: true, selfieMode: false })
  fm.onResults((r) => { last = r })
  await fm.initialize()
  fixWorkerContext(fm)
  faceMesh = fm
}

async function detect(input: ImageBitmap | VideoFrame, wantFaces: number, reset: boolean) {
  const t0 = performance.now()
  const bitmap = input instanceof ImageBitmap ? input : await createImageBitmap(input)
  if (bitmap !== input) input.close()
  convertMs = performance.now() - t0
  if (!faceMesh) throw new Error('not initialised')
  if (wantFaces !== maxFaces) {
    maxFaces = wantFaces
    faceMesh.setOptions({ maxNumFaces: maxFaces })
  }
  if (reset) faceMesh.reset()
  last = null
  // onResults fires before send() resolves.
  await faceMesh.send({ image: bitmap })
  bitmap.close()
  // Set by the onResults callback during send(); TS cannot see that.
  const result = last as FaceMeshResults | null
  result?.image?.close?.()
  return (result?.multiFaceLandmarks ?? []).map((face) => {
    const out = new Float32Array(face.length * 3)
    face.forEach((p, i) => { out[i * 3] = p.x; out[i * 3 + 1] = p.y; out[i * 3 + 2] = p.z })
    return out
  })
}

scope.onmessage = async (e: MessageEvent) => {
  const msg = e.data
  try {
    if (msg.type === 'init') {
      await init(msg.files)
      scope.postMessage({ type: 'ready' })
    } else if (msg.type === 'detect') {
      const t0 = performance.now()
      const faces = await detect(msg.bitmap, msg.maxFaces ?? 1, !!msg.reset)
      scope.postMessage({ type: 'result', id: msg.id, faces, ms: performance.now() - t0, convertMs }, faces.map((f: Float32Array) => f.buffer))
    }
  } catch (err) {
    scope.postMessage({ type: 'error', id: msg?.id, message: String((err as Error)?.message ?? err) })
  }
}
