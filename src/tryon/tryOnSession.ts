// One mounted try-on on a page: the controller's lifetime, what the shopper's
// taps do, and what the page around it needs (camera off when the page hides,
// shimmer on a still photo, the visit's tryon_ended). No React in here: the
// component creates one session, connects it to its stage, and renders the store.

import { shareImage } from '../chat/shareImage'
import type { Shade } from '../product'
import { withIds, type Emit } from '../react/useEmit'
import type { LipRenderState } from './lipRenderer'
import { readPhotoFile } from './photo'
import { TryOnController } from './tryOnController'
import { TryOnError } from './TryOnError'
import type { TryOnStore } from './tryOnStore'

/** How often a shimmer finish redraws on a still photo, in ms. */
const SPARKLE_MS = 150

/** What a session needs from the component. */
export interface TryOnSessionOptions {
  store: TryOnStore
  /** The component's emit: to its `onEvent` and the provider's tracker. */
  emit: Emit
  /** Called with a typed error when the camera is refused or missing, or the try-on fails. */
  onError(error: TryOnError): void
}

/** A mounted try-on's behaviour, between the shopper's taps, the page and the TryOnController. */
export class TryOnSession {
  private controllerNow: TryOnController | null = null
  private view: Pick<LipRenderState, 'shade' | 'intensity' | 'split'> | null = null
  private startedAt = 0
  private cameraOn = false
  private sparkleTimer: ReturnType<typeof setInterval> | null = null

  constructor(private readonly opts: TryOnSessionOptions) {}

  /** The controller while connected; null before `connect()` and after its teardown. */
  get controller(): TryOnController | null {
    return this.controllerNow
  }

  /** The shopper turned the camera on earlier in this visit (the idle panel then offers to resume). */
  get cameraWasOn(): boolean {
    return this.cameraOn
  }

  /** Creates the controller, puts its canvas and camera preview into `stage`; returns the teardown. */
  connect(stage: HTMLElement | null, assetBase?: string): () => void {
    const { store, emit } = this.opts
    const controller = new TryOnController({
      assetBase,
      store,
      onStatus: (s, detail) => {
        if (s === 'denied') {
          const code = detail.problem === 'no-camera' ? 'no-camera' : 'camera-denied'
          this.opts.onError(new TryOnError(code, detail.message ?? ''))
        } else if (s === 'error') this.opts.onError(new TryOnError('tryon-failed', detail.message ?? ''))
      },
      onEvent: (name, p) => {
        if (name === 'tryon_started' && !this.startedAt) this.startedAt = performance.now()
        withIds(emit)(name, p)
      },
    })
    this.controllerNow = controller
    if (this.view) controller.setView(this.view)
    stage?.prepend(controller.renderer.canvas)
    controller.renderer.canvas.setAttribute('aria-hidden', 'true')
    // The camera's own image while the model loads (see TryOnController.startLive).
    controller.video.className = 'vitrine-tryon-preview'
    controller.video.setAttribute('aria-hidden', 'true')
    stage?.prepend(controller.video)
    const unsubscribe = store.subscribe(() => this.sync())
    const stopPageWatch = stopWhenPageHides(() => this.controllerNow?.stop())
    return () => {
      unsubscribe()
      stopPageWatch()
      this.sparkle(false)
      controller.dispose()
      controller.renderer.canvas.remove()
      controller.video.remove()
      this.controllerNow = null
    }
  }

  /** The shade, intensity and compare split to draw (the component resolves the shade from the product). */
  showView(view: Pick<LipRenderState, 'shade' | 'intensity' | 'split'>): void {
    this.view = view
    this.controllerNow?.setView(view)
    this.sync()
  }

  startCamera(): void {
    this.cameraOn = true
    void this.controllerNow?.startLive()
  }

  startPhoto(photo: string | Blob | Promise<Blob>): void {
    void this.controllerNow?.startPhoto(photo)
  }

  /** The shopper picked a photo in the file input: the bytes are read before the input is reset (see readPhotoFile). */
  pickPhoto(input: HTMLInputElement): void {
    const file = input.files?.[0]
    if (!file) return
    const bytes = readPhotoFile(file)
    this.startPhoto(bytes)
    void bytes
      .catch(() => {})
      .finally(() => {
        input.value = ''
      })
  }

  /** Cancel while starting (see TryOnController.cancel). */
  cancel(): void {
    this.controllerNow?.cancel()
  }

  /** Stops the camera without unmounting. */
  stop(): void {
    this.controllerNow?.stop()
  }

  setToneSuggestions(on: boolean): void {
    this.controllerNow?.setToneSuggestions(on)
  }

  selectShade(shade: Shade): void {
    this.opts.store.setState({ shadeId: shade.id })
    this.opts.emit('shade_selected', { finish: shade.finish }, { shadeId: shade.id })
  }

  /** The intensity slider, 0..1. */
  setIntensity(intensity: number): void {
    this.opts.store.setState({ intensity })
  }

  /** The before/after divider dragged to `split` (0..1). */
  setSplit(split: number): void {
    this.opts.store.setState({ split })
  }

  /** The divider let go: one event for the whole drag. */
  releaseSplit(): void {
    const { split } = this.opts.store.getState()
    this.opts.emit('tryon_compare', { enabled: split > 0, split: Math.round(split * 100) / 100 })
  }

  /** The compare button: divider in the middle, or off. */
  toggleCompare(): void {
    const next = this.opts.store.getState().split > 0 ? 0 : 0.5
    this.opts.store.setState({ split: next })
    if (next) this.opts.emit('tryon_compare', { enabled: true, split: next })
  }

  /** The snapshot button: the picture as shown, to the share sheet or a download, only on this tap. */
  async shareSnapshot(fileName: string, shadeId?: string): Promise<void> {
    const controller = this.controllerNow
    if (!controller) return
    const image = await controller.snapshot()
    const method = await shareImage(image, { fileName })
    if (method !== 'cancelled') this.opts.emit('snapshot_taken', { method }, { shadeId })
  }

  /** Leaving the page's React tree: the visit's tryon_ended, when a try-on started. */
  end(): void {
    if (!this.startedAt) return
    this.opts.emit('tryon_ended', {
      dwell_ms: Math.round(performance.now() - this.startedAt),
      shades_tried: this.opts.store.getState().tried.length,
    })
  }

  /** After every change of the store or the view: the shades tried, and the shimmer on a photo. */
  private sync(): void {
    const { store } = this.opts
    const { status, mode, tried } = store.getState()
    const shade = this.view?.shade
    if (status === 'tracking' && shade && !tried.includes(shade.id)) store.setState({ tried: [...tried, shade.id] })
    this.sparkle(
      mode === 'photo' &&
        status === 'tracking' &&
        shade?.finish === 'shimmer' &&
        !matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    )
  }

  /** Shimmer twinkles on a still photo too; live mode redraws every frame anyway. */
  private sparkle(on: boolean): void {
    if (on && !this.sparkleTimer) {
      this.sparkleTimer = setInterval(() => this.controllerNow?.redraw(performance.now()), SPARKLE_MS)
    } else if (!on && this.sparkleTimer) {
      clearInterval(this.sparkleTimer)
      this.sparkleTimer = null
    }
  }
}

/** Tab hidden or page hidden: `stop` (every camera track ends). Returns the unsubscribe function. */
function stopWhenPageHides(stop: () => void): () => void {
  const onHidden = () => {
    if (document.visibilityState === 'hidden') stop()
  }
  document.addEventListener('visibilitychange', onHidden)
  window.addEventListener('pagehide', stop)
  return () => {
    document.removeEventListener('visibilitychange', onHidden)
    window.removeEventListener('pagehide', stop)
  }
}
