// From a frame's face landmarks to lips on the renderer, and whether the
// shopper's face is in the picture: a miss or two in a live stream is a blink
// of the tracker, not a face gone.

import { lipContours, type LipContours } from './lipGeometry'
import type { LipRenderer } from './lipRenderer'
import { LipSmoother } from './lipSmoother'

/** Frames in a row without a face before the shopper is told to move into the frame. */
const MISSES_BEFORE_NO_FACE = 4

/** How to show one frame. */
export interface ShowOptions {
  /** Smooth the lips with the frames before (live); a photo is shown as found. */
  smooth: boolean
  /** Mean luminance of the lips, when the worker could read it. */
  lipLuma: number | null
  /** A photo: no face means no face at once, and every picture is new. */
  photo: boolean
  /** Still starting: the first frame without a face says so at once. */
  starting: boolean
}

/** The lips of the frames shown, and the status they call for. */
export class LipTracker {
  /** The lip contours drawn last, in source pixels (for tests; never sent anywhere). */
  lips: LipContours | null = null
  private misses = 0
  private readonly smoother = new LipSmoother()

  constructor(private readonly renderer: LipRenderer) {}

  /** A new start: no lips, no misses, no smoothing history. */
  reset(): void {
    this.lips = null
    this.misses = 0
    this.smoother.reset()
  }

  /**
   * Puts `frame` on the renderer with the lips of `face` (or none); returns the status this frame calls for,
   * or null to keep the current one.
   */
  show(frame: ImageBitmap, face: Float32Array | null, now: number, opts: ShowOptions): 'tracking' | 'no-face' | null {
    let lips: LipContours | null = null
    if (face) {
      lips = lipContours(face, frame.width, frame.height)
      if (opts.smooth) lips = this.smoother.apply(lips, now)
    }
    const fresh = !this.lips || opts.photo
    this.lips = lips
    this.renderer.setFrame(frame, lips, fresh, opts.lipLuma)
    if (face) {
      this.misses = 0
      return 'tracking'
    }
    this.misses++
    this.smoother.reset()
    return opts.photo || this.misses >= MISSES_BEFORE_NO_FACE || opts.starting ? 'no-face' : null
  }
}
