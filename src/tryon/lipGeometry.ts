// The lip ring between the outer and inner lip contours of the MediaPipe
// 468/478 face topology. Both contours run clockwise from the left corner with
// 20 points each, so point i of one pairs with point i of the other.

/** Outer lip contour, from the left mouth corner, clockwise in the image. */
export const OUTER_LIP = [
  61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146,
] as const
/** Inner lip contour (the mouth opening), paired index-by-index with OUTER_LIP. */
export const INNER_LIP = [
  78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95,
] as const
/** Points 11..19 of each contour belong to the lower lip (the corners count as upper). */
export const isLowerLip = (i: number) => i > 10

export type Point = [number, number]

export interface LipContours {
  outer: Point[]
  inner: Point[]
}

/** Picks the lip contours, in pixels, out of normalised landmarks (x, y, z triplets). */
export function lipContours(landmarks: ArrayLike<number>, width: number, height: number): LipContours {
  const pick = (idx: readonly number[]) =>
    idx.map((k): Point => [landmarks[k * 3] * width, landmarks[k * 3 + 1] * height])
  return { outer: pick(OUTER_LIP), inner: pick(INNER_LIP) }
}

export interface LipMesh {
  /** x, y per vertex in pixels of the source image. */
  positions: Float32Array
  /** Per vertex: coverage (0 at the feathered edge, 1 inside), position across the lip (0 outer, 1 inner), lower-lip flag. */
  attributes: Float32Array
  indices: Uint16Array
}

const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]
const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1])

/**
 * Four rings per contour pair: the outer contour (coverage 0), the outer contour
 * pulled inwards by the feather width (1), the inner contour pulled outwards (1)
 * and the inner contour (0). Paint therefore never leaves the lip polygon and
 * the mouth opening (teeth) is never covered; the edges fade over `featherPx`.
 */
export function buildLipMesh({ outer, inner }: LipContours, featherPx = 2): LipMesh {
  const n = outer.length
  const rings: { pts: Point[]; coverage: number; across: number }[] = [
    { pts: [], coverage: 0, across: 0 },
    { pts: [], coverage: 1, across: 0 },
    { pts: [], coverage: 1, across: 1 },
    { pts: [], coverage: 0, across: 1 },
  ]
  for (let i = 0; i < n; i++) {
    const thickness = dist(outer[i], inner[i])
    // At the corners the lips are a few pixels thick: never feather past a quarter of it.
    const t = thickness > 0 ? Math.min(featherPx, thickness * 0.25) / thickness : 0
    rings[0].pts.push(outer[i])
    rings[1].pts.push(lerp(outer[i], inner[i], t))
    rings[2].pts.push(lerp(inner[i], outer[i], t))
    rings[3].pts.push(inner[i])
  }
  const positions = new Float32Array(rings.length * n * 2)
  const attributes = new Float32Array(rings.length * n * 3)
  rings.forEach((ring, r) =>
    ring.pts.forEach((p, i) => {
      const v = r * n + i
      positions.set(p, v * 2)
      const across = r === 0 ? 0 : r === 3 ? 1 : dist(outer[i], p) / Math.max(dist(outer[i], inner[i]), 1e-6)
      attributes.set([ring.coverage, across, isLowerLip(i) ? 1 : 0], v * 3)
    }),
  )
  const indices: number[] = []
  for (let r = 0; r < rings.length - 1; r++) {
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n
      const a = r * n + i,
        b = r * n + j,
        c = (r + 1) * n + i,
        d = (r + 1) * n + j
      indices.push(a, b, c, b, d, c)
    }
  }
  return { positions, attributes, indices: Uint16Array.from(indices) }
}

/** Axis-aligned bounds of a polygon. */
export function bounds(points: Point[]) {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity
  for (const [x, y] of points) {
    minX = Math.min(minX, x)
    minY = Math.min(minY, y)
    maxX = Math.max(maxX, x)
    maxY = Math.max(maxY, y)
  }
  return { minX, minY, maxX, maxY, width: maxX - minX, height: maxY - minY }
}

/** Area of the face's bounding box in normalised units, to pick the largest face in a photo. */
export function faceBoxArea(landmarks: ArrayLike<number>): number {
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity
  for (let i = 0; i < landmarks.length; i += 3) {
    minX = Math.min(minX, landmarks[i])
    maxX = Math.max(maxX, landmarks[i])
    minY = Math.min(minY, landmarks[i + 1])
    maxY = Math.max(maxY, landmarks[i + 1])
  }
  return Math.max(0, maxX - minX) * Math.max(0, maxY - minY)
}

/** Index of the face with the largest bounding box, or -1 when there is none. */
export function largestFace(faces: ArrayLike<number>[]): number {
  let best = -1,
    bestArea = -1
  faces.forEach((f, i) => {
    const a = faceBoxArea(f)
    if (a > bestArea) {
      best = i
      bestArea = a
    }
  })
  return best
}
