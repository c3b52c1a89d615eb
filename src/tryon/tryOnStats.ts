// Timing the benchmark and the tests read from a running try-on: no image or landmark data.

/** Live frames kept: about ten seconds at 60 fps. */
const FRAMES_KEPT = 600

/** Timing the benchmark reads; no image or landmark data. */
export interface TryOnStats {
  /** ms from a camera frame becoming available to the lips drawn on it. */
  frameLatencies: number[]
  /** ms from start to the first frame with a face. */
  firstFaceMs: number | null
  /** ms from start to the first camera image on screen (before the model is ready, on a first visit). */
  firstPreviewMs: number | null
  /** Per live frame: ms spent copying the frame, in the landmark worker round trip, and drawing. */
  stages: FrameStages[]
  /** Files of the model read from the cache in this session (all of them on a second visit). */
  filesFromCache: number
}

/** Where one live frame's time went, in ms, and whether lips were found on it. */
export interface FrameStages {
  copy: number
  detect: number
  worker: number
  convert: number
  draw: number
  lips: boolean
}

/** Empty stats for a new controller. */
export function createTryOnStats(): TryOnStats {
  return { frameLatencies: [], firstFaceMs: null, firstPreviewMs: null, stages: [], filesFromCache: 0 }
}

/** Adds one live frame, dropping the oldest beyond the last FRAMES_KEPT. */
export function recordFrame(stats: TryOnStats, latencyMs: number, stages: FrameStages): void {
  stats.frameLatencies.push(latencyMs)
  stats.stages.push(stages)
  if (stats.frameLatencies.length > FRAMES_KEPT) {
    stats.frameLatencies.shift()
    stats.stages.shift()
  }
}
