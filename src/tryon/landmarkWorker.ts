// The landmark worker: downloads the session's model files (with progress,
// through the Cache API), runs the face engine and reads the shopper's tones.
// Frames and landmarks never leave this worker except as the landmarks and
// three-number tones posted back to the page.
//
// Protocol: page -> {type:'init', files, refine, lipIndices} then
//   {type:'detect', id, bitmap, maxFaces, reset, tones, inputScale};
// worker -> {type:'progress', loaded, total} | {type:'ready', fromCache} |
//   {type:'result', id, faces, lipLumas, tones, ms, convertMs} | {type:'error', id?, message}.

import { createFaceMeshEngine, type FaceEngine } from './faceMeshEngine'
import type { SessionFile } from './faceAssets'
import { downloadFiles } from './modelDownload'
import { halve, readTones, type FaceTones } from './tones'

const scope = self as unknown as {
  postMessage(msg: unknown, transfer?: Transferable[]): void
  onmessage: ((e: MessageEvent) => void) | null
}

let engine: FaceEngine | null = null
/** [outer, inner] lip contour landmark indices, sent by the page with init. */
let lipIndices: [number[], number[]] = [[], []]

async function init(files: SessionFile[], refine: boolean) {
  const { blobs, fromCache } = await downloadFiles(files, (p) => scope.postMessage({ type: 'progress', ...p }))
  const urls = new Map([...blobs].map(([name, blob]) => [name, URL.createObjectURL(blob)]))
  const byName = new Map(files.map((f) => [f.name, f.url]))
  // Anything face_mesh asks for that we did not download goes to the network as before.
  engine = await createFaceMeshEngine((name) => urls.get(name) ?? byName.get(name) ?? name, refine)
  return fromCache
}

/**
 * The camera frame as RGBA pixels, converted by the browser from the frame's
 * CPU memory: one copy, which also serves the tone reading. Handing face_mesh
 * pixels instead of a bitmap avoids a slow YUV->RGB conversion through the
 * (software) GPU inside its texture upload.
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

interface DetectMsg {
  bitmap: ImageBitmap | VideoFrame
  maxFaces?: number
  reset?: boolean
  tones?: boolean
  inputScale?: number
}

async function detect(msg: DetectMsg) {
  if (!engine) throw new Error('not initialised')
  const t0 = performance.now()
  const input = msg.bitmap
  let image: ImageBitmap | ImageData
  let pixels: ImageData | null = null
  if (input instanceof ImageBitmap) {
    image = input
    // A photo: its pixels are read only for the tones, when asked.
    if (msg.tones) {
      const ctx = new OffscreenCanvas(input.width, input.height).getContext('2d', { willReadFrequently: true })
      if (ctx) {
        ctx.drawImage(input, 0, 0)
        pixels = ctx.getImageData(0, 0, input.width, input.height)
      }
    }
  } else {
    pixels = await toRgba(input)
    image = pixels ?? (await createImageBitmap(input))
    input.close()
  }
  // A smaller input: the model works on a 192 px crop anyway, and the texture
  // upload and resize inside face_mesh scale with the input's pixels.
  if (pixels && !(input instanceof ImageBitmap) && (msg.inputScale ?? 1) < 1) {
    const half = halve(pixels)
    image = new ImageData(half.data, half.width, half.height)
  }
  const convertMs = performance.now() - t0
  const { faces } = await engine.detect(image, { maxFaces: msg.maxFaces ?? 1, reset: !!msg.reset })
  if (image instanceof ImageBitmap) image.close()
  const read = pixels ? faces.map((f) => readTones(pixels!, f, lipIndices[0], lipIndices[1])) : faces.map(() => null)
  // The luminance always drives the finish shading; the colours only when suggestions are on.
  const lipLumas = read.map((t) => t?.lipLuma ?? null)
  const tones = read.map((t): Pick<FaceTones, 'lip' | 'skin'> | null =>
    t && msg.tones ? { lip: t.lip, skin: t.skin } : null,
  )
  return { faces, lipLumas, tones, convertMs, ms: performance.now() - t0 }
}

scope.onmessage = async (e: MessageEvent) => {
  const msg = e.data
  try {
    if (msg.type === 'init') {
      lipIndices = msg.lipIndices ?? lipIndices
      const fromCache = await init(msg.files, msg.refine !== false)
      scope.postMessage({ type: 'ready', fromCache })
    } else if (msg.type === 'detect') {
      const r = await detect(msg)
      scope.postMessage(
        { type: 'result', id: msg.id, ...r },
        r.faces.map((f) => f.buffer),
      )
    }
  } catch (err) {
    scope.postMessage({ type: 'error', id: msg?.id, message: String((err as Error)?.message ?? err) })
  }
}
