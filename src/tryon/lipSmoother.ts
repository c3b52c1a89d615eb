// Lip contours smoothed over live frames with the One Euro filter: steady when
// the face is still, no lag when it moves.

import { INNER_LIP, OUTER_LIP, type LipContours } from './lipGeometry'
import { PointsSmoother } from './oneEuroFilter'

/** Smooths the outer and inner lip contours of consecutive frames. */
export class LipSmoother {
  private readonly points = new PointsSmoother()

  /** The contours of a frame at `now` (ms), smoothed with the frames before. */
  apply(lips: LipContours, now: number): LipContours {
    const n = OUTER_LIP.length
    const flat = new Float32Array((n + INNER_LIP.length) * 2)
    ;[...lips.outer, ...lips.inner].forEach(([x, y], i) => {
      flat[i * 2] = x
      flat[i * 2 + 1] = y
    })
    const s = this.points.apply(flat, now)
    const pt = (i: number): [number, number] => [s[i * 2], s[i * 2 + 1]]
    return { outer: lips.outer.map((_, i) => pt(i)), inner: lips.inner.map((_, i) => pt(n + i)) }
  }

  /** A new face or a jump: the next frame starts afresh. */
  reset(): void {
    this.points.reset()
  }
}
