// The engine choices the benchmark compares (bench/tryon.mjs). The defaults are
// what ships; a page can override them only through a global the benchmark
// sets before the page loads, so no store can depend on it.

import type { FaceModel } from './faceAssets'

export interface TryOnTuning {
  /** Landmark model. */
  model: FaceModel
  /** Scale of the camera frame handed to the model (1 = 640x480, 0.5 = 320x240). */
  inputScale: number
  /** Run the face detector on every frame instead of tracking the face found before. */
  detectEveryFrame: boolean
  /** Prefetch the model on mount when the connection allows it (off for the benchmark's cold rows). */
  prefetch: boolean
}

/** Measured in bench/RESULTS.md: half-size input keeps the lips within a pixel and saves most of the upload. */
export const DEFAULT_TUNING: TryOnTuning = {
  model: 'attention',
  inputScale: 0.5,
  detectEveryFrame: false,
  prefetch: true,
}

/** The shipped defaults, or the benchmark's override (`globalThis.__vitrineTryOnTuning`). */
export function currentTuning(): TryOnTuning {
  const o = (globalThis as { __vitrineTryOnTuning?: Partial<TryOnTuning> }).__vitrineTryOnTuning
  return { ...DEFAULT_TUNING, ...(o ?? {}) }
}
