/** Axis-aligned bounds in metres: [minX, minY, minZ], [maxX, maxY, maxZ]. */
export interface Bounds {
  min: [number, number, number]
  max: [number, number, number]
}

export interface Framing {
  /** Where to move the model so it stands on y = 0, centred on x and z. */
  offset: [number, number, number]
  /** Orbit target: the centre of the placed model. */
  target: [number, number, number]
  /** Bounding-sphere radius. */
  radius: number
  /** Camera distance that fits the whole model in view. */
  distance: number
  minDistance: number
  maxDistance: number
  near: number
  far: number
}

/**
 * Frames a model from its bounding box: it fits the bounding sphere in the
 * narrower of the two fields of view with a margin, and bounds zoom by the
 * model's own size, so a 4 cm avocado and a 2 m sofa both fill the view.
 */
export function frameBounds(bounds: Bounds, verticalFovDeg: number, aspect: number, margin = 1.08): Framing {
  const size = bounds.max.map((v, i) => v - bounds.min[i]) as [number, number, number]
  const offset: [number, number, number] = [
    -(bounds.min[0] + bounds.max[0]) / 2,
    -bounds.min[1],
    -(bounds.min[2] + bounds.max[2]) / 2,
  ]
  const radius = Math.max(1e-4, Math.hypot(...size) / 2)
  const vHalf = (verticalFovDeg * Math.PI) / 360
  const hHalf = Math.atan(Math.tan(vHalf) * aspect)
  const distance = (radius * margin) / Math.sin(Math.min(vHalf, hHalf))
  return {
    offset,
    target: [0, size[1] / 2, 0],
    radius,
    distance,
    minDistance: Math.max(radius * 1.05, distance * 0.35),
    maxDistance: distance * 2.5,
    near: Math.max(distance / 1000, radius / 100),
    far: distance * 2.5 + radius * 10,
  }
}

/** Camera position for an orbit (azimuth 0 = front, +90 = right; elevation up from the horizon). */
export function orbitPosition(
  target: [number, number, number],
  distance: number,
  azimuthDeg: number,
  elevationDeg: number,
): [number, number, number] {
  const az = (azimuthDeg * Math.PI) / 180
  const el = (elevationDeg * Math.PI) / 180
  return [
    target[0] + distance * Math.cos(el) * Math.sin(az),
    target[1] + distance * Math.sin(el),
    target[2] + distance * Math.cos(el) * Math.cos(az),
  ]
}
