// The live loop: camera frames one at a time through the landmark worker, each
// handed on with its landmarks and where its time went. What a frame means
// (status, drawing, tones) is the controller's.

import type { cameraFrames } from './cameraFrames'
import type { Detection, Landmarker } from './landmarker'
import type { TryOnTuning } from './tuning'

/** One camera frame with its landmarks, ready to draw. */
export interface LiveFrame {
  /** The frame to draw; the landmarks come from this very frame. The receiver owns (and closes) it. */
  frame: ImageBitmap
  detection: Detection
  /** performance.now() when the camera made the frame available, and when its landmarks came back. */
  availableAt: number
  detectedAt: number
  /** ms spent copying the frame, and in the landmark round trip. */
  copyMs: number
  detectMs: number
}

/** What the loop asks of the run it belongs to. */
export interface LiveRun {
  /** False once the run is stopped, restarted or disposed: the loop ends. */
  isCurrent(): boolean
  /** Read the shopper's lip and skin colour from each frame (tone suggestions on). */
  readTones(): boolean
  onFrame(frame: LiveFrame): void
}

/** Runs until the frames end or the run is no longer current; a failed detection rejects. */
export async function trackLiveFrames(
  landmarker: Landmarker,
  frames: ReturnType<typeof cameraFrames>,
  tuning: Pick<TryOnTuning, 'inputScale' | 'detectEveryFrame'>,
  run: LiveRun,
): Promise<void> {
  while (run.isCurrent()) {
    const next = await frames.next()
    if (!next || !run.isCurrent()) {
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
        tones: run.readTones(),
        inputScale: tuning.inputScale,
        reset: tuning.detectEveryFrame,
      })
    } catch (err) {
      frame.close()
      throw err
    }
    if (!run.isCurrent()) {
      frame.close()
      return
    }
    const t2 = performance.now()
    run.onFrame({ frame, detection, availableAt, detectedAt: t2, copyMs: t1 - t0, detectMs: t2 - t1 })
  }
}
