import { faceAssetMap, hasWasmSimd, sessionFiles, type FaceModel } from './faceAssets'
// Inlined into our chunk and started from a blob: URL made on the page: a worker
// must be same-origin with the page, so a worker file would fail when the store
// serves its JS from a CDN origin, and a store's bundler that inlines the small
// file as a data: URL gives it an opaque origin whose model fetches are
// cross-origin. A blob: worker has the page's origin in every case.
import LandmarkWorker from './landmarkWorker.ts?worker&inline'
import { INNER_LIP, OUTER_LIP } from './lipGeometry'
import { downloadFiles, type DownloadProgress } from './modelDownload'
import type { Rgb } from './tones'

/** 478 landmarks per face as x, y, z triplets, x and y normalised to the image. */
export type FaceLandmarks = Float32Array

export interface Detection {
  faces: FaceLandmarks[]
  /** Per face: mean linear luminance of the lips, when the worker could read the frame's pixels (camera VideoFrames). */
  lipLumas: (number | null)[]
  /** Per face: lip and skin colour, when asked for with `tones` and the pixels were readable. Stays on the page. */
  tones: ({ lip: Rgb; skin: Rgb } | null)[]
}

/** Per-frame choices the benchmark compares; the defaults are what ships. */
export interface DetectOptions {
  maxFaces?: number
  /** Forget the tracked face: run the detector on this frame (photos). */
  reset?: boolean
  /** Also read lip and skin colour (suggestions on). */
  tones?: boolean
  /** Scale the frame by this before the model (1 or 0.5). */
  inputScale?: number
}

/** Our own engine boundary: the rest of the try-on knows nothing of the engine behind it. */
export interface Landmarker {
  /**
   * Landmarks for every face in `bitmap`. The bitmap is transferred to the
   * worker (and closed there): pass a copy if you still need it.
   */
  detect(bitmap: ImageBitmap | VideoFrame, opts?: DetectOptions): Promise<Detection>
  close(): void
  /** Time the worker spent on the last frame (ms): converting it, and in total. */
  readonly lastTiming: { convertMs: number; workerMs: number }
  /** How many of the session's files came from the cache (all of them on a second visit). */
  readonly filesFromCache: number
}

export interface LandmarkerOptions {
  /** Base URL of a store's own copy of the face model files; default: the files bundled from this package. */
  assetBase?: string
  /** Landmark model; default 'attention' (see FaceModel). */
  model?: FaceModel
  /** Download progress over the session's files, in bytes. */
  onProgress?: (p: DownloadProgress) => void
  /** Aborting stops the download and the worker; the promise rejects with an AbortError. */
  signal?: AbortSignal
}

/** A prefetch in flight: a session that starts meanwhile stops it (its finished files are cached) rather than download twice. */
let prefetching: AbortController | null = null

const abortError = () => new DOMException('Try-on cancelled', 'AbortError')

/** Starts the landmark worker, downloads and loads the model; resolves when it is ready. */
export async function createLandmarker(opts: LandmarkerOptions = {}): Promise<Landmarker> {
  if (opts.signal?.aborted) throw abortError()
  prefetching?.abort()
  prefetching = null
  const worker = new LandmarkWorker({ name: 'vitrine-face-landmarks' })
  const pending = new Map<number, { resolve: (d: Detection) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let closed = false
  let filesFromCache = 0
  const lastTiming = { convertMs: 0, workerMs: 0 }
  let failInit: (e: Error) => void = () => {}
  const ready = new Promise<void>((resolve, reject) => {
    failInit = reject
    worker.onmessage = (e) => {
      const msg = e.data
      if (msg.type === 'progress') opts.onProgress?.({ loaded: msg.loaded, total: msg.total })
      else if (msg.type === 'ready') {
        filesFromCache = msg.fromCache ?? 0
        resolve()
      } else if (msg.type === 'result') {
        lastTiming.convertMs = msg.convertMs
        lastTiming.workerMs = msg.ms
        pending.get(msg.id)?.resolve({ faces: msg.faces, lipLumas: msg.lipLumas ?? [], tones: msg.tones ?? [] })
        pending.delete(msg.id)
      } else if (msg.type === 'error') {
        const err = new Error(msg.message)
        if (msg.id == null) reject(err)
        else {
          pending.get(msg.id)?.reject(err)
          pending.delete(msg.id)
        }
      }
    }
  })
  worker.onerror = (e) => {
    const err = new Error(e.message || 'face landmark worker failed to load')
    failInit(err)
    for (const p of pending.values()) p.reject(err)
    pending.clear()
  }
  const onAbort = () => failInit(abortError())
  opts.signal?.addEventListener('abort', onAbort)
  const model = opts.model ?? 'attention'
  const files = sessionFiles(model, hasWasmSimd(), faceAssetMap(opts.assetBase))
  worker.postMessage({ type: 'init', files, refine: model === 'attention', lipIndices: [OUTER_LIP, INNER_LIP] })
  try {
    await ready
  } catch (err) {
    worker.terminate()
    throw err
  } finally {
    opts.signal?.removeEventListener('abort', onAbort)
  }
  return {
    lastTiming,
    get filesFromCache() {
      return filesFromCache
    },
    detect(bitmap, { maxFaces = 1, reset = false, tones = false, inputScale = 1 } = {}) {
      if (closed) return Promise.reject(new Error('landmarker closed'))
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage({ type: 'detect', id, bitmap, maxFaces, reset, tones, inputScale }, [bitmap])
      })
    },
    close() {
      closed = true
      worker.terminate()
      for (const p of pending.values()) p.reject(new Error('landmarker closed'))
      pending.clear()
    },
  }
}

/**
 * Fetches the session's files into the cache ahead of the tap, without
 * starting the engine. Callers check `mayPrefetch` first.
 */
export async function prefetchFaceModel(
  opts: { assetBase?: string; model?: FaceModel; signal?: AbortSignal } = {},
): Promise<void> {
  const abort = new AbortController()
  opts.signal?.addEventListener('abort', () => abort.abort())
  prefetching = abort
  try {
    await downloadFiles(
      sessionFiles(opts.model ?? 'attention', hasWasmSimd(), faceAssetMap(opts.assetBase)),
      undefined,
      abort.signal,
    )
  } finally {
    if (prefetching === abort) prefetching = null
  }
}
