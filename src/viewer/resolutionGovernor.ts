/**
 * Dynamic resolution: when frames take longer than the budget, render fewer
 * pixels; when there is room again, go back up. Decisions use a window of
 * frames, so one slow frame (a texture upload) changes nothing.
 */
export interface GovernorOptions {
  /** Target frame time in ms (default: 1000/45, a little under 60 fps with headroom). */
  budgetMs?: number
  /** Lowest scale of the device pixel ratio (default 0.5). */
  minScale?: number
  /** Frames per decision (default 20). */
  window?: number
}

export function createResolutionGovernor({ budgetMs = 1000 / 45, minScale = 0.5, window = 20 }: GovernorOptions = {}) {
  const steps = [1, 0.85, 0.7, 0.6, 0.5].filter((s) => s >= minScale)
  let step = 0
  let samples: number[] = []
  return {
    get scale() {
      return steps[step]
    },
    /**
     * Feeds the time between two consecutive rendered frames. Gaps longer than
     * 2.5 s are idle time (render on demand), not slow frames, and are ignored.
     * Returns the new scale when it changes.
     */
    frame(ms: number): number | undefined {
      if (ms > 2500) {
        samples = []
        return undefined
      }
      samples.push(ms)
      if (samples.length < window) return undefined
      const sorted = [...samples].sort((a, b) => a - b)
      const median = sorted[Math.floor(sorted.length / 2)]
      samples = []
      if (median > budgetMs && step < steps.length - 1) step++
      else if (median < budgetMs * 0.6 && step > 0) step--
      else return undefined
      return steps[step]
    },
  }
}
