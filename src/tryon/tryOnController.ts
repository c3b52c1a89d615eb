import type { CatalogueEmit } from '../events/catalog'
import { CameraError, openFrontCamera, stopStream, type CameraProblem } from './camera'
import { cameraFrames } from './cameraFrames'
import type { Landmarker } from './landmarker'
import { largestFace, lipContours, OUTER_LIP, INNER_LIP, type LipContours } from './lipGeometry'
import { LipRenderer, type LipRenderState } from './lipRenderer'
import { PointsSmoother } from './oneEuroFilter'
import { loadPhoto } from './photo'
import type { Rgb } from './tones'
import { createTryOnStore, type TryOnMode, type TryOnStatus, type TryOnStore } from './tryOnStore'
import { currentTuning, type TryOnTuning } from './tuning'

export type { TryOnMode, TryOnStatus } from './tryOnStore'

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

/** Frames in a row without a face before the shopper is told to move into the frame. */
const MISSES_BEFORE_NO_FACE = 4
/** How often the shopper's tones are published to the store (they change slowly; re-rendering costs). */
const TONE_PUBLISH_MS = 1000

/** Timing the benchmark reads; no image or landmark data. */
export interface TryOnStats {
  /** ms from a camera frame becoming available to the lips drawn on it. */
  frameLatencies: number[]
  /** ms from start to the first frame with a face. */
  firstFaceMs: number | null
  /** ms from start to the first camera image on screen (before the model is ready, on a first visit). */
  firstPreviewMs: number | null
  /** Per live frame: ms spent copying the frame, in the landmark worker round trip, and drawing. */
  stages: { copy: number; detect: number; worker: number; convert: number; draw: number; lips: boolean }[]
  /** Files of the model read from the cache in this session (all of them on a second visit). */
  filesFromCache: number
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
  /** The lip contours drawn last, in source pixels (exposed for tests; never sent anywhere). */
  lips: LipContours | null = null
  readonly stats: TryOnStats = {
    frameLatencies: [],
    firstFaceMs: null,
    firstPreviewMs: null,
    stages: [],
    filesFromCache: 0,
  }
  private view: LipRenderState = { shade: null, intensity: 1, split: 0, mirror: false }
  private stream: MediaStream | null = null
  private landmarker: Promise<Landmarker> | null = null
  private download: AbortController | null = null
  private readonly smoother = new PointsSmoother()
  private readonly tuning: TryOnTuning = currentTuning()
  private runId = 0
  private startedAt = 0
  private misses = 0
  private disposed = false
  private toneSum: { lip: Rgb; skin: Rgb; n: number; publishedAt: number } = {
    lip: [0, 0, 0],
    skin: [0, 0, 0],
    n: 0,
    publishedAt: 0,
  }

  constructor(private readonly opts: TryOnControllerOptions = {}) {
    this.renderer = new LipRenderer(opts.canvas)
    this.video = document.createElement('video')
    this.store = opts.store ?? createTryOnStore()
  }

  get status(): TryOnStatus {
    return this.store.getState().status
  }
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

  private getLandmarker(): Promise<Landmarker> {
    if (!this.landmarker) {
      const download = new AbortController()
      this.download = download
      // The worker and its engine are their own chunk, shared with a prefetch that may have loaded it.
      this.landmarker = import('./landmarker').then(({ createLandmarker }) =>
        createLandmarker({
          assetBase: this.opts.assetBase,
          model: this.tuning.model,
          signal: download.signal,
          onProgress: (p) => {
            if (this.status === 'starting') this.store.setState({ progress: p })
          },
        }),
      )
      this.landmarker.then(
        (l) => {
          this.stats.filesFromCache = l.filesFromCache
        },
        () => {
          this.landmarker = null
        },
      )
    }
    return this.landmarker
  }

  /**
   * Opens the front camera and tracks the lips until stop(). The camera image
   * is on screen as soon as the shopper allows it, while the model downloads.
   */
  async startLive(): Promise<void> {
    const run = this.begin('live')
    const landmarkerPromise = this.getLandmarker()
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
        await this.liveLoop(run, landmarker, frames)
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

  private async liveLoop(run: number, landmarker: Landmarker, frames: ReturnType<typeof cameraFrames>) {
    while (run === this.runId && this.stream) {
      const next = await frames.next()
      if (!next || run !== this.runId) {
        next?.input.close()
        return
      }
      const { input, availableAt } = next
      const t0 = performance.now()
      // The frame drawn is the frame the landmarks come from: one copy stays here, the original goes to the worker.
      const frame = await createImageBitmap(input)
      const t1 = performance.now()
      let detection
      try {
        detection = await landmarker.detect(input, {
          tones: this.store.getState().toneSuggestions,
          inputScale: this.tuning.inputScale,
          reset: this.tuning.detectEveryFrame,
        })
      } catch (err) {
        frame.close()
        throw err
      }
      if (run !== this.runId) {
        frame.close()
        return
      }
      const t2 = performance.now()
      this.show(frame, detection.faces[0] ?? null, t2, true, detection.lipLumas[0] ?? null)
      this.renderer.render(this.view, t2)
      const t3 = performance.now()
      this.addTones(detection.tones[0] ?? null, t3)
      this.stats.frameLatencies.push(t3 - availableAt)
      this.stats.stages.push({
        copy: t1 - t0,
        detect: t2 - t1,
        worker: landmarker.lastTiming.workerMs,
        convert: landmarker.lastTiming.convertMs,
        draw: t3 - t2,
        lips: !!this.lips,
      })
      if (this.stats.frameLatencies.length > 600) {
        this.stats.frameLatencies.shift()
        this.stats.stages.shift()
      }
    }
  }

  /** Averages the tones over frames and publishes them now and then. */
  private addTones(tones: { lip: Rgb; skin: Rgb } | null, now: number, publishNow = false) {
    if (!tones || !this.store.getState().toneSuggestions) return
    const t = this.toneSum
    for (let i = 0; i < 3; i++) {
      t.lip[i] += tones.lip[i]
      t.skin[i] += tones.skin[i]
    }
    t.n++
    if (!publishNow && now - t.publishedAt < TONE_PUBLISH_MS) return
    const mean = (c: Rgb): Rgb => [Math.round(c[0] / t.n), Math.round(c[1] / t.n), Math.round(c[2] / t.n)]
    this.store.setState({ tones: { lip: mean(t.lip), skin: mean(t.skin) } })
    t.publishedAt = now
  }

  private resetTones() {
    this.toneSum = { lip: [0, 0, 0], skin: [0, 0, 0], n: 0, publishedAt: 0 }
  }

  /** Suggestions from the shopper's tones on or off; off forgets the tones read so far. */
  setToneSuggestions(on: boolean): void {
    this.resetTones()
    this.store.setState(on ? { toneSuggestions: true } : { toneSuggestions: false, tones: null })
  }

  /** Puts lipstick on a photo (URL or Blob); uses the largest face when there are several. */
  async startPhoto(photo: string | Blob | Promise<Blob>): Promise<void> {
    const run = this.begin('photo')
    try {
      const [landmarker, bitmap] = await Promise.all([
        this.getLandmarker(),
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
      this.smoother.reset()
      this.show(bitmap, best >= 0 ? faces[best] : null, performance.now(), false)
      this.renderer.render(this.view, performance.now())
      if (best >= 0) this.addTones(tones[best] ?? null, performance.now(), true)
    } catch (err) {
      if (run === this.runId && !isAbort(err)) this.fail(err)
    }
  }

  private begin(mode: TryOnMode): number {
    this.stopCamera()
    const run = ++this.runId
    this.view.mirror = mode === 'live'
    this.startedAt = performance.now()
    this.misses = 0
    this.lips = null
    this.smoother.reset()
    this.resetTones()
    this.stats.firstFaceMs = null
    this.stats.firstPreviewMs = null
    this.store.setState({ mode, previewing: false, tones: null })
    this.setStatus('starting')
    return run
  }

  private show(
    frame: ImageBitmap,
    face: Float32Array | null,
    now: number,
    smooth: boolean,
    lipLuma: number | null = null,
  ) {
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
    ;[...lips.outer, ...lips.inner].forEach(([x, y], i) => {
      flat[i * 2] = x
      flat[i * 2 + 1] = y
    })
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
    if (this.store.getState().previewing) this.store.setState({ previewing: false })
  }

  /**
   * Cancel while starting: stops the model download and the camera, back to
   * idle. The files already downloaded stay cached for the next try.
   */
  cancel(): void {
    this.download?.abort()
    this.download = null
    this.landmarker?.then(
      (l) => l.close(),
      () => {},
    )
    this.landmarker = null
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

  dispose(): void {
    this.disposed = true
    this.stop()
    this.download?.abort()
    this.landmarker?.then(
      (l) => l.close(),
      () => {},
    )
    this.landmarker = null
    this.renderer.dispose()
  }
}
