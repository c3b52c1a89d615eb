import type { CatalogueEmit } from '../events/catalog'
import { CameraError, openFrontCamera, stopStream, type CameraProblem } from './camera'
import { cameraFrames } from './cameraFrames'
import { createLandmarker, type Landmarker } from './landmarker'
import { largestFace, lipContours, OUTER_LIP, INNER_LIP, type LipContours } from './lipGeometry'
import { LipRenderer, type LipRenderState } from './lipRenderer'
import { PointsSmoother } from './oneEuroFilter'
import { loadPhoto } from './photo'

export type TryOnStatus = 'idle' | 'starting' | 'tracking' | 'no-face' | 'denied' | 'error'
export type TryOnMode = 'live' | 'photo'

export interface TryOnControllerOptions {
  canvas?: HTMLCanvasElement
  /** Base URL of a store's own copy of the face model files. */
  assetBase?: string
  onStatus?: (status: TryOnStatus, detail: { mode: TryOnMode | null; problem?: CameraProblem; message?: string }) => void
  onEvent?: CatalogueEmit
}

/** Frames in a row without a face before the shopper is told to move into the frame. */
const MISSES_BEFORE_NO_FACE = 4

/** Timing the benchmark reads; no image or landmark data. */
export interface TryOnStats {
  /** ms from a camera frame becoming available to the lips drawn on it. */
  frameLatencies: number[]
  /** ms from start to the first frame with a face. */
  firstFaceMs: number | null
  /** Per live frame: ms spent copying the frame, in the landmark worker round trip, and drawing. */
  stages: { copy: number; detect: number; worker: number; convert: number; draw: number }[]
}

/**
 * Camera or photo in, lips out: owns the camera stream, the landmark worker,
 * the smoothing and the renderer, and reports status. No React in here.
 */
export class TryOnController {
  readonly renderer: LipRenderer
  readonly video: HTMLVideoElement
  status: TryOnStatus = 'idle'
  mode: TryOnMode | null = null
  /** The lip contours drawn last, in source pixels (exposed for tests; never sent anywhere). */
  lips: LipContours | null = null
  readonly stats: TryOnStats = { frameLatencies: [], firstFaceMs: null, stages: [] }
  private view: LipRenderState = { shade: null, intensity: 1, split: 0, mirror: false }
  private stream: MediaStream | null = null
  private landmarker: Promise<Landmarker> | null = null
  private readonly smoother = new PointsSmoother()
  private runId = 0
  private startedAt = 0
  private misses = 0
  private disposed = false

  constructor(private readonly opts: TryOnControllerOptions = {}) {
    this.renderer = new LipRenderer(opts.canvas)
    this.video = document.createElement('video')
  }

  private setStatus(status: TryOnStatus, detail: { problem?: CameraProblem; message?: string } = {}) {
    this.status = status
    this.opts.onStatus?.(status, { mode: this.mode, ...detail })
  }

  private getLandmarker(): Promise<Landmarker> {
    if (!this.landmarker) {
      this.landmarker = createLandmarker({ assetBase: this.opts.assetBase })
      this.landmarker.catch(() => { this.landmarker = null })
    }
    return this.landmarker
  }

  /** Opens the front camera and tracks the lips until stop(). */
  async startLive(): Promise<void> {
    const run = this.begin('live')
    try {
      const [landmarker] = await Promise.all([
        this.getLandmarker(),
        openFrontCamera(this.video).then((s) => {
          if (run !== this.runId) stopStream(s)
          else this.stream = s
        }),
      ])
      if (run !== this.runId) return
      this.opts.onEvent?.('tryon_started', { mode: 'live' })
      await this.liveLoop(run, landmarker)
    } catch (err) {
      if (run !== this.runId) return
      this.stopCamera()
      if (err instanceof CameraError && err.problem !== 'error') {
        this.opts.onEvent?.('tryon_camera_denied', { reason: err.problem })
        this.setStatus('denied', { problem: err.problem, message: err.message })
      } else this.fail(err)
    }
  }

  private async liveLoop(run: number, landmarker: Landmarker) {
    const frames = cameraFrames(this.video, this.stream!)
    try {
      while (run === this.runId && this.stream) {
        const next = await frames.next()
        if (!next || run !== this.runId) { next?.input.close(); return }
        const { input, availableAt } = next
        const t0 = performance.now()
        // The frame drawn is the frame the landmarks come from: one copy stays here, the original goes to the worker.
        const frame = await createImageBitmap(input)
        const t1 = performance.now()
        let detection
        try {
          detection = await landmarker.detect(input)
        } catch (err) {
          frame.close()
          throw err
        }
        if (run !== this.runId) { frame.close(); return }
        const t2 = performance.now()
        this.show(frame, detection.faces[0] ?? null, t2, true, detection.lipLumas[0] ?? null)
        this.renderer.render(this.view, t2)
        const t3 = performance.now()
        this.stats.frameLatencies.push(t3 - availableAt)
        this.stats.stages.push({ copy: t1 - t0, detect: t2 - t1, worker: landmarker.lastTiming.workerMs, convert: landmarker.lastTiming.convertMs, draw: t3 - t2 })
        if (this.stats.frameLatencies.length > 600) { this.stats.frameLatencies.shift(); this.stats.stages.shift() }
      }
    } finally {
      frames.close()
    }
  }

  /** Puts lipstick on a photo (URL or Blob); uses the largest face when there are several. */
  async startPhoto(photo: string | Blob): Promise<void> {
    const run = this.begin('photo')
    try {
      const [landmarker, bitmap] = await Promise.all([this.getLandmarker(), loadPhoto(photo)])
      if (run !== this.runId) { bitmap.close(); return }
      this.opts.onEvent?.('tryon_started', { mode: 'photo' })
      const { faces } = await landmarker.detect(await createImageBitmap(bitmap), { maxFaces: 4, reset: true })
      if (run !== this.runId) { bitmap.close(); return }
      const best = largestFace(faces)
      this.smoother.reset()
      this.show(bitmap, best >= 0 ? faces[best] : null, performance.now(), false)
      this.renderer.render(this.view, performance.now())
    } catch (err) {
      if (run === this.runId) this.fail(err)
    }
  }

  private begin(mode: TryOnMode): number {
    this.stopCamera()
    const run = ++this.runId
    this.mode = mode
    this.view.mirror = mode === 'live'
    this.startedAt = performance.now()
    this.misses = 0
    this.lips = null
    this.smoother.reset()
    this.stats.firstFaceMs = null
    this.setStatus('starting')
    return run
  }

  private show(frame: ImageBitmap, face: Float32Array | null, now: number, smooth: boolean, lipLuma: number | null = null) {
    let lips: LipContours | null = null
    if (face) {
      lips = lipContours(face, frame.width, frame.height)
      if (smooth) lips = this.smooth(lips, now)
    }
    const fresh = !this.lips || this.mode === 'photo'
    this.lips = lips
    // Frame first, status after: listeners read the picture's size when the status changes.
    this.renderer.setFrame(frame, lips, fresh, lipLuma)
    if (face) {
      this.misses = 0
      if (this.stats.firstFaceMs === null) {
        this.stats.firstFaceMs = Math.round(now - this.startedAt)
        this.opts.onEvent?.('tryon_face_found', { ms: this.stats.firstFaceMs })
      }
      if (this.status !== 'tracking') this.setStatus('tracking')
    } else {
      this.misses++
      this.smoother.reset()
      if (this.mode === 'photo' || this.misses >= MISSES_BEFORE_NO_FACE || this.status === 'starting') {
        if (this.status !== 'no-face') this.setStatus('no-face')
      }
    }
  }

  private smooth(lips: LipContours, now: number): LipContours {
    const n = OUTER_LIP.length
    const flat = new Float32Array((n + INNER_LIP.length) * 2)
    ;[...lips.outer, ...lips.inner].forEach(([x, y], i) => { flat[i * 2] = x; flat[i * 2 + 1] = y })
    const s = this.smoother.apply(flat, now)
    const pt = (i: number): [number, number] => [s[i * 2], s[i * 2 + 1]]
    return { outer: lips.outer.map((_, i) => pt(i)), inner: lips.inner.map((_, i) => pt(n + i)) }
  }

  private fail(err: unknown) {
    this.stopCamera()
    this.setStatus('error', { message: String((err as Error)?.message ?? err) })
  }

  /** Shade, intensity, split or mirror changed: redraw now (photo) or on the next frame (live). */
  setView(view: Partial<LipRenderState>): void {
    this.view = { ...this.view, ...view }
    if (this.mode === 'photo' && this.renderer.width) this.renderer.render(this.view, performance.now())
  }

  /** Keeps a shimmer photo sparkling; live mode redraws every frame anyway. */
  redraw(timeMs: number): void {
    if (this.mode === 'photo' && this.renderer.width) this.renderer.render(this.view, timeMs)
  }

  snapshot(): Promise<Blob> {
    this.renderer.render(this.view, performance.now())
    return this.renderer.toBlob()
  }

  private stopCamera() {
    stopStream(this.stream)
    this.stream = null
    this.video.srcObject = null
  }

  /** Stops the camera and the loop; back to idle (the last image stays on the canvas). */
  stop(): void {
    this.runId++
    const wasLive = this.mode === 'live'
    this.stopCamera()
    if (wasLive && !this.disposed) this.setStatus('idle')
  }

  dispose(): void {
    this.disposed = true
    this.stop()
    this.landmarker?.then((l) => l.close(), () => {})
    this.landmarker = null
    this.renderer.dispose()
  }
}
