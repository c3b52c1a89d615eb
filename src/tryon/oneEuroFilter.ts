// One Euro filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass filter whose
// cutoff rises with speed, so a still face does not jitter and a moving one
// does not lag.

export interface OneEuroOptions {
  /** Cutoff (Hz) when still: lower = less jitter. */
  minCutoff?: number
  /** How fast the cutoff rises with speed: higher = less lag. */
  beta?: number
  /** Cutoff (Hz) for the speed estimate. */
  derivativeCutoff?: number
}

const smoothingFactor = (dtSeconds: number, cutoffHz: number) => {
  const tau = 1 / (2 * Math.PI * cutoffHz)
  return 1 / (1 + tau / dtSeconds)
}

/** Filters one scalar signal. */
export class OneEuroFilter {
  private readonly minCutoff: number
  private readonly beta: number
  private readonly derivativeCutoff: number
  private value: number | null = null
  private derivative = 0
  private lastMs = 0

  constructor(opts: OneEuroOptions = {}) {
    this.minCutoff = opts.minCutoff ?? 1
    this.beta = opts.beta ?? 0
    this.derivativeCutoff = opts.derivativeCutoff ?? 1
  }

  filter(x: number, timeMs: number): number {
    if (this.value === null) {
      this.value = x
      this.lastMs = timeMs
      return x
    }
    // A repeated timestamp carries no new timing information.
    if (timeMs <= this.lastMs) return this.value
    const dt = (timeMs - this.lastMs) / 1000
    this.lastMs = timeMs
    const dx = (x - this.value) / dt
    this.derivative += smoothingFactor(dt, this.derivativeCutoff) * (dx - this.derivative)
    const cutoff = this.minCutoff + this.beta * Math.abs(this.derivative)
    this.value += smoothingFactor(dt, cutoff) * (x - this.value)
    return this.value
  }

  reset(): void {
    this.value = null
    this.derivative = 0
  }
}

/**
 * Filters a flat array of coordinates (x0, y0, x1, y1, ...) element-wise.
 * Positions are in pixels, so `beta` is per pixel/second.
 */
export class PointsSmoother {
  private filters: OneEuroFilter[] = []
  constructor(private readonly opts: OneEuroOptions = { minCutoff: 1, beta: 0.05, derivativeCutoff: 1 }) {}

  apply(points: Float32Array, timeMs: number): Float32Array {
    if (this.filters.length !== points.length) this.filters = Array.from(points, () => new OneEuroFilter(this.opts))
    const out = new Float32Array(points.length)
    for (let i = 0; i < points.length; i++) out[i] = this.filters[i].filter(points[i], timeMs)
    return out
  }

  reset(): void {
    this.filters = []
  }
}
