// Runs @mediapipe/face_mesh off the main thread. A classic worker with no
// imports: face_mesh.js is a closure script loaded with importScripts, and it
// has a worker branch (importScripts + OffscreenCanvas) of its own.
//
// Protocol: main -> {type:'init', files} then {type:'detect', id, bitmap, maxFaces, reset};
// worker -> {type:'ready'} | {type:'result', id, faces: Float32Array[], lipLumas, ms} | {type:'error', message}.

interface FaceMeshResults { multiFaceLandmarks?: { x: number; y: number; z: number }[][]; image?: ImageBitmap }
interface FaceMeshLike {
  setOptions(o: Record<string, unknown>): void
  onResults(cb: (r: FaceMeshResults) => void): void
  initialize(): Promise<void>
  send(input: { image: ImageBitmap | ImageData }): Promise<void>
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
/** [outer, inner] lip contour landmark indices, sent by the main thread with init. */
let lipIndices: [number[], number[]] = [[], []]
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

/**
 * The frame's luma plane (or RGB) read from CPU memory. Camera VideoFrames
 * live there, so this is cheap here and keeps a GPU read-back off the main thread.
 */
async function readLuma(frame: VideoFrame): Promise<((x: number, y: number) => number) | null> {
  const format = frame.format
  if (!format) return null
  const buf = new Uint8Array(frame.allocationSize())
  const layout = await frame.copyTo(buf)
  const { offset, stride } = layout[0]
  const { x: ox, y: oy, width, height } = frame.visibleRect ?? { x: 0, y: 0, width: frame.codedWidth, height: frame.codedHeight }
  const at = (x: number, y: number) => [Math.min(width - 1, Math.max(0, Math.round(x))) + ox, Math.min(height - 1, Math.max(0, Math.round(y))) + oy]
  if (format.startsWith('I4') || format === 'NV12') {
    return (x, y) => { const [px, py] = at(x, y); return buf[offset + py * stride + px] / 255 }
  }
  if (format === 'RGBA' || format === 'RGBX' || format === 'BGRA' || format === 'BGRX') {
    const [r, b] = format.startsWith('RGB') ? [0, 2] : [2, 0]
    return (x, y) => {
      const [px, py] = at(x, y)
      const k = offset + py * stride + px * 4
      return (0.299 * buf[k + r] + 0.587 * buf[k + 1] + 0.114 * buf[k + b]) / 255
    }
  }
  return null
}

/**
 * The camera frame as RGBA pixels, converted by the browser from the frame's
 * CPU memory. Handing face_mesh pixels instead of a bitmap avoids a slow
 * YUV->RGB conversion through the (software) GPU inside its texture upload.
 */
async function toRgba(frame: VideoFrame): Promise<ImageData | null> {
  try {
    const rect = frame.visibleRect ?? new DOMRectReadOnly(0, 0, frame.codedWidth, frame.codedHeight)
    const data = new Uint8ClampedArray(rect.width * rect.height * 4)
    await frame.copyTo(data, { format: 'RGBA', rect } as VideoFrameCopyToOptions)
    return new ImageData(data, rect.width, rect.height)
  } catch {
    return null
  }
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

/** Mean linear luminance a third and two thirds of the way across the lips. */
function lipLuma(luma: (x: number, y: number) => number, face: Float32Array, w: number, h: number): number {
  const [outer, inner] = lipIndices
  let sum = 0
  for (let i = 0; i < outer.length; i++) {
    for (const t of [0.33, 0.66]) {
      const x = (face[outer[i] * 3] + (face[inner[i] * 3] - face[outer[i] * 3]) * t) * w
      const y = (face[outer[i] * 3 + 1] + (face[inner[i] * 3 + 1] - face[outer[i] * 3 + 1]) * t) * h
      sum += toLinear(luma(x, y))
    }
  }
  return outer.length ? sum / (outer.length * 2) : NaN
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
  if (!faceMesh) throw new Error('not initialised')
  const t0 = performance.now()
  let luma: ((x: number, y: number) => number) | null = null
  let size = { w: input instanceof ImageBitmap ? input.width : input.displayWidth, h: input instanceof ImageBitmap ? input.height : input.displayHeight }
  let image: ImageBitmap | ImageData
  if (input instanceof ImageBitmap) image = input
  else {
    const rgba = await toRgba(input)
    if (rgba) {
      image = rgba
      size = { w: rgba.width, h: rgba.height }
      luma = (x, y) => {
        const px = Math.min(rgba.width - 1, Math.max(0, Math.round(x))), py = Math.min(rgba.height - 1, Math.max(0, Math.round(y)))
        const k = (py * rgba.width + px) * 4
        return (0.299 * rgba.data[k] + 0.587 * rgba.data[k + 1] + 0.114 * rgba.data[k + 2]) / 255
      }
    } else {
      luma = await readLuma(input).catch(() => null)
      const rect = input.visibleRect
      if (rect) size = { w: rect.width, h: rect.height }
      image = await createImageBitmap(input)
    }
    input.close()
  }
  convertMs = performance.now() - t0
  if (wantFaces !== maxFaces) {
    maxFaces = wantFaces
    faceMesh.setOptions({ maxNumFaces: maxFaces })
  }
  if (reset) faceMesh.reset()
  last = null
  // onResults fires before send() resolves.
  await faceMesh.send({ image })
  if (image instanceof ImageBitmap) image.close()
  // Set by the onResults callback during send(); TS cannot see that.
  const result = last as FaceMeshResults | null
  result?.image?.close?.()
  const faces = (result?.multiFaceLandmarks ?? []).map((face) => {
    const out = new Float32Array(face.length * 3)
    face.forEach((p, i) => { out[i * 3] = p.x; out[i * 3 + 1] = p.y; out[i * 3 + 2] = p.z })
    return out
  })
  const lipLumas = faces.map((f) => (luma ? lipLuma(luma, f, size.w, size.h) : null))
  return { faces, lipLumas }
}

scope.onmessage = async (e: MessageEvent) => {
  const msg = e.data
  try {
    if (msg.type === 'init') {
      lipIndices = msg.lipIndices ?? lipIndices
      await init(msg.files)
      scope.postMessage({ type: 'ready' })
    } else if (msg.type === 'detect') {
      const t0 = performance.now()
      const { faces, lipLumas } = await detect(msg.bitmap, msg.maxFaces ?? 1, !!msg.reset)
      scope.postMessage({ type: 'result', id: msg.id, faces, lipLumas, ms: performance.now() - t0, convertMs }, faces.map((f: Float32Array) => f.buffer))
    }
  } catch (err) {
    scope.postMessage({ type: 'error', id: msg?.id, message: String((err as Error)?.message ?? err) })
  }
}
