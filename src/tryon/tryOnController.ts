import type { CatalogueEmit } from '../events/catalog'
import { CameraError, openFrontCamera, stopStream, type CameraProblem } from './camera'
import { cameraFrames } from './cameraFrames'
import type { Landmarker } from './landmarker'
import { LandmarkerLoader } from './landmarkerLoader'
import { largestFace, type LipContours } from './lipGeometry'
import { LipRenderer, type LipRenderState } from './lipRenderer'
import { LipTracker } from './lipTracker'
import { trackLiveFrames, type LiveFrame } from './liveFrames'
import { loadPhoto } from './photo'
import { ShopperTones } from './shopperTones'
import { createTryOnStats, recordFrame, type TryOnStats } from './tryOnStats'
import { createTryOnStore, type TryOnMode, type TryOnStatus, type TryOnStore } from './tryOnStore'
import { currentTuning, type TryOnTuning } from './tuning'

export type { TryOnMode, TryOnStatus } from './tryOnStore'
export type { TryOnStats } from './tryOnStats'

/** What a controller draws into and whom it tells. */
export interface TryOnControllerOptions {
  canvas?: HTMLCanvasElement
  /** Base URL of a store's own copy of the face model files. */
  assetBase?: string
  /** Where the controller writes its state; default: a store of its own. */
  store?: TryOnStore
  onStatus?: (
    status: TryOnStatus,
    detail: { mode: TryOnMode | null; problem?: CameraProblem; message?: string },
  ) => void
  onEvent?: CatalogueEmit
}

const isAbort = (err: unknown) => (err as { name?: string })?.name === 'AbortError'

/**
 * Camera or photo in, lips out: owns the camera stream, the landmark worker,
 * the smoothing and the renderer, and writes its state into a TryOnStore. No React in here.
 */
export class TryOnController {
  readonly renderer: LipRenderer
  readonly video: HTMLVideoElement
  readonly store: TryOnStore
  /** Timing for the benchmark and the tests. */
  readonly stats: TryOnStats = createTryOnStats()
  private view: LipRenderState = { shade: null, intensity: 1, split: 0, mirror: false }
  private stream: MediaStream | null = null
  private readonly landmarker: LandmarkerLoader
  private readonly tracker: LipTracker
  private readonly tones: ShopperTones
  private readonly tuning: TryOnTuning = currentTuning()
  private runId = 0
  private startedAt = 0
  private disposed = false

  constructor(private readonly opts: TryOnControllerOptions = {}) {
    this.renderer = new LipRenderer(opts.canvas)
    this.video = document.createElement('video')
    this.store = opts.store ?? createTryOnStore()
    this.tracker = new LipTracker(this.renderer)
    this.tones = new ShopperTones(this.store)
    this.landmarker = new LandmarkerLoader({
      assetBase: opts.assetBase,
      model: this.tuning.model,
      onProgress: (p) => {
        if (this.status === 'starting') this.store.setState({ progress: p })
      },
      onReady: (filesFromCache) => {
        this.stats.filesFromCache = filesFromCache
      },
    })
  }

  /** What the try-on is doing now (the store's status). */
  get status(): TryOnStatus {
    return this.store.getState().status
  }
  /** The lip contours drawn last, in source pixels (exposed for tests; never sent anywhere). */
  get lips(): LipContours | null {
    return this.tracker.lips
  }
  /** Live camera, photo, or neither yet. */
  get mode(): TryOnMode | null {
    return this.store.getState().mode
  }

  private setStatus(status: TryOnStatus, detail: { problem?: CameraProblem; message?: string } = {}) {
    const imageSize = { w: this.renderer.width || 640, h: this.renderer.height || 480 }
    const same = this.store.getState().imageSize
    this.store.setState({
      status,
      problem: detail.problem,
      message: detail.message,
      imageSize: same.w === imageSize.w && same.h === imageSize.h ? same : imageSize,
      ...(status === 'starting' ? {} : { progress: null }),
    })
    this.opts.onStatus?.(status, { mode: this.mode, ...detail })
  }

  /**
   * Opens the front camera and tracks the lips until stop(). The camera image
   * is on screen as soon as the shopper allows it, while the model downloads.
   */
  async startLive(): Promise<void> {
    const run = this.begin('live')
    const landmarkerPromise = this.landmarker.get()
    try {
      const stream = await openFrontCamera(this.video)
      if (run !== this.runId) {
        stopStream(stream)
        return
      }
      this.stream = stream
      // Preview: the <video> itself shows the shopper's own image while the model
      // loads. No drawing of ours, so the GPU stays free for the engine starting up.
      this.stats.firstPreviewMs = Math.round(performance.now() - this.startedAt)
      this.store.setState({
        previewing: true,
        imageSize: { w: this.video.videoWidth || 640, h: this.video.videoHeight || 480 },
      })
      const landmarker = await landmarkerPromise
      if (run !== this.runId) return
      this.opts.onEvent?.('tryon_started', { mode: 'live' })
      const frames = cameraFrames(this.video, stream)
      try {
        await trackLiveFrames(landmarker, frames, this.tuning, {
          isCurrent: () => run === this.runId && !!this.stream,
          readTones: () => this.store.getState().toneSuggestions,
          onFrame: (f) => this.onLiveFrame(f, landmarker),
        })
      } finally {
        frames.close()
      }
    } catch (err) {
      if (run !== this.runId) return
      this.stopCamera()
      if (isAbort(err)) return
      if (err instanceof CameraError && err.problem !== 'error') {
        this.opts.onEvent?.('tryon_camera_denied', { reason: err.problem })
        this.setStatus('denied', { problem: err.problem, message: err.message })
      } else this.fail(err)
    }
  }

  /** One live frame: drawn with its lips, its tones averaged, its timing kept. */
  private onLiveFrame({ frame, detection, availableAt, detectedAt, copyMs, detectMs }: LiveFrame, l: Landmarker) {
    this.show(frame, detection.faces[0] ?? null, detectedAt, true, detection.lipLumas[0] ?? null)
    this.renderer.render(this.view, detectedAt)
    const drawnAt = performance.now()
    this.tones.add(detection.tones[0] ?? null, drawnAt)
    recordFrame(this.stats, drawnAt - availableAt, {
      copy: copyMs,
      detect: detectMs,
      worker: l.lastTiming.workerMs,
      convert: l.lastTiming.convertMs,
      draw: drawnAt - detectedAt,
      lips: !!this.lips,
    })
  }

  /** Suggestions from the shopper's tones on or off; off forgets the tones read so far. */
  setToneSuggestions(on: boolean): void {
    this.tones.setEnabled(on)
  }

  /** Puts lipstick on a photo (URL or Blob); uses the largest face when there are several. */
  async startPhoto(photo: string | Blob | Promise<Blob>): Promise<void> {
    const run = this.begin('photo')
    try {
      const [landmarker, bitmap] = await Promise.all([
        this.landmarker.get(),
        Promise.resolve(photo).then((p) => loadPhoto(p)),
      ])
      if (run !== this.runId) {
        bitmap.close()
        return
      }
      this.opts.onEvent?.('tryon_started', { mode: 'photo' })
      const { faces, tones } = await landmarker.detect(await createImageBitmap(bitmap), {
        maxFaces: 4,
        reset: true,
        tones: this.store.getState().toneSuggestions,
      })
      if (run !== this.runId) {
        bitmap.close()
        return
      }
      const best = largestFace(faces)
      this.show(bitmap, best >= 0 ? faces[best] : null, performance.now(), false)
      this.renderer.render(this.view, performance.now())
      if (best >= 0) this.tones.add(tones[best] ?? null, performance.now(), true)
    } catch (err) {
      if (run === this.runId && !isAbort(err)) this.fail(err)
    }
  }

  private begin(mode: TryOnMode): number {
    this.stopCamera()
    const run = ++this.runId
    this.view.mirror = mode === 'live'
    this.startedAt = performance.now()
    this.tracker.reset()
    this.tones.reset()
    this.stats.firstFaceMs = null
    this.stats.firstPreviewMs = null
    this.store.setState({ mode, previewing: false, tones: null })
    this.setStatus('starting')
    return run
  }

  /** Shows a frame; frame first, status after: listeners read the picture's size when the status changes. */
  private show(
    frame: ImageBitmap,
    face: Float32Array | null,
    now: number,
    smooth: boolean,
    lipLuma = null as number | null,
  ) {
    const photo = this.mode === 'photo'
    const next = this.tracker.show(frame, face, now, { smooth, lipLuma, photo, starting: this.status === 'starting' })
    if (face && this.stats.firstFaceMs === null) {
      this.stats.firstFaceMs = Math.round(now - this.startedAt)
      this.opts.onEvent?.('tryon_face_found', { ms: this.stats.firstFaceMs })
    }
    if (next && next !== this.status) this.setStatus(next)
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

  /** A PNG of the picture as drawn now (shade, compare split and all). */
  snapshot(): Promise<Blob> {
    this.renderer.render(this.view, performance.now())
    return this.renderer.toBlob()
  }

  private stopCamera() {
    stopStream(this.stream)
    this.stream = null
    this.video.srcObject = null
    if (this.store.getState().previewing) this.store.setState({ previewing: false })
  }

  /**
   * Cancel while starting: stops the model download and the camera, back to
   * idle. The files already downloaded stay cached for the next try.
   */
  cancel(): void {
    this.landmarker.close()
    this.runId++
    this.stopCamera()
    this.store.setState({ mode: null })
    this.setStatus('idle')
  }

  /** Stops the camera and the loop; back to idle (the last image stays on the canvas). */
  stop(): void {
    this.runId++
    const wasLive = this.mode === 'live'
    this.stopCamera()
    if (wasLive && !this.disposed) this.setStatus('idle')
  }

  /** Unmounting: camera, worker and renderer go. */
  dispose(): void {
    this.disposed = true
    this.stop()
    this.landmarker.close()
    this.renderer.dispose()
  }
}
