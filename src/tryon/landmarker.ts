import { faceAssetMap } from './faceAssets'
// Inlined into our chunk and started from a blob: URL made on the page: a worker
// must be same-origin with the page, so a worker file would fail when the store
// serves its JS from a CDN origin, and a store's bundler that inlines the small
// file as a data: URL gives it an opaque origin whose model fetches are
// cross-origin. A blob: worker has the page's origin in every case.
import LandmarkWorker from './landmarkWorker.ts?worker&inline'
import { INNER_LIP, OUTER_LIP } from './lipGeometry'

/** 478 landmarks per face as x, y, z triplets, x and y normalised to the image. */
export type FaceLandmarks = Float32Array

export interface Detection {
  faces: FaceLandmarks[]
  /** Per face: mean linear luminance of the lips, when the worker could read the frame's pixels (camera VideoFrames). */
  lipLumas: (number | null)[]
}

export interface Landmarker {
  /**
   * Landmarks for every face in `bitmap`. The bitmap is transferred to the
   * worker (and closed there): pass a copy if you still need it.
   */
  detect(bitmap: ImageBitmap | VideoFrame, opts?: { maxFaces?: number; reset?: boolean }): Promise<Detection>
  close(): void
  /** Time the worker spent on the last frame (ms): converting it, and in total. */
  readonly lastTiming: { convertMs: number; workerMs: number }
}

export interface LandmarkerOptions {
  /** Base URL of a store's own copy of the face model files; default: the files bundled from this package. */
  assetBase?: string
}

/** Starts the landmark worker and loads the model; resolves when it is ready. */
export async function createLandmarker(opts: LandmarkerOptions = {}): Promise<Landmarker> {
  const worker = new LandmarkWorker({ name: 'vitrine-face-landmarks' })
  const pending = new Map<number, { resolve: (d: Detection) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let closed = false
  const lastTiming = { convertMs: 0, workerMs: 0 }
  let failInit: (e: Error) => void = () => {}
  const ready = new Promise<void>((resolve, reject) => {
    failInit = reject
    worker.onmessage = (e) => {
      const msg = e.data
      if (msg.type === 'ready') resolve()
      else if (msg.type === 'result') {
        lastTiming.convertMs = msg.convertMs
        lastTiming.workerMs = msg.ms
        pending.get(msg.id)?.resolve({ faces: msg.faces, lipLumas: msg.lipLumas ?? [] })
        pending.delete(msg.id)
      }
      else if (msg.type === 'error') {
        const err = new Error(msg.message)
        if (msg.id == null) reject(err)
        else { pending.get(msg.id)?.reject(err); pending.delete(msg.id) }
      }
    }
  })
  worker.onerror = (e) => {
    const err = new Error(e.message || 'face landmark worker failed to load')
    failInit(err)
    for (const p of pending.values()) p.reject(err)
    pending.clear()
  }
  worker.postMessage({ type: 'init', files: faceAssetMap(opts.assetBase), lipIndices: [OUTER_LIP, INNER_LIP] })
  try {
    await ready
  } catch (err) {
    worker.terminate()
    throw err
  }
  return {
    lastTiming,
    detect(bitmap, { maxFaces = 1, reset = false } = {}) {
      if (closed) return Promise.reject(new Error('landmarker closed'))
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage({ type: 'detect', id, bitmap, maxFaces, reset }, [bitmap])
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
