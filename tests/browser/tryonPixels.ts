// Pixel checks for the try-on tests: lip polygon from the landmarks, and which pixels the shade changed.
import type { PNG } from 'pngjs'

export type Pt = [number, number]
export interface Lips {
  outer: Pt[]
  inner: Pt[]
}

export function inPolygon(x: number, y: number, poly: Pt[]): boolean {
  let inside = false
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i],
      [xj, yj] = poly[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Distance from a point to a closed polygon's outline. */
export function distanceToOutline(x: number, y: number, poly: Pt[]): number {
  let best = Infinity
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [ax, ay] = poly[j],
      [bx, by] = poly[i]
    const dx = bx - ax,
      dy = by - ay
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)))
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy))
  }
  return best
}

export interface PaintStats {
  lipPixels: number
  lipPainted: number
  paintedTotal: number
  paintedOutside: number
  /** Painted pixels more than 1 px inside the mouth opening (teeth, tongue). */
  mouthPainted: number
  mouthPixels: number
}

/** A pixel counts as painted when any channel moved by more than `threshold`. */
export function paintStats(
  before: PNG,
  after: PNG,
  lips: Lips,
  threshold = 10,
): PaintStats & { paintMask: Uint8Array } {
  const { width, height } = after
  const paintMask = new Uint8Array(width * height)
  const s: PaintStats = {
    lipPixels: 0,
    lipPainted: 0,
    paintedTotal: 0,
    paintedOutside: 0,
    mouthPainted: 0,
    mouthPixels: 0,
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const k = (y * width + x) * 4
      const d = Math.max(
        Math.abs(after.data[k] - before.data[k]),
        Math.abs(after.data[k + 1] - before.data[k + 1]),
        Math.abs(after.data[k + 2] - before.data[k + 2]),
      )
      const painted = d > threshold
      const cx = x + 0.5,
        cy = y + 0.5
      const inOuter = inPolygon(cx, cy, lips.outer)
      const inInner = inPolygon(cx, cy, lips.inner)
      const onLip = inOuter && !inInner
      if (painted) {
        s.paintedTotal++
        paintMask[y * width + x] = 1
      }
      if (onLip) {
        s.lipPixels++
        if (painted) s.lipPainted++
      }
      // Anti-aliasing right at the polygon edge is not paint "outside": allow one pixel.
      if (
        painted &&
        !onLip &&
        Math.min(distanceToOutline(cx, cy, lips.outer), distanceToOutline(cx, cy, lips.inner)) > 1
      )
        s.paintedOutside++
      if (inInner && distanceToOutline(cx, cy, lips.inner) > 1) {
        s.mouthPixels++
        if (painted) s.mouthPainted++
      }
    }
  }
  return { ...s, paintMask }
}
