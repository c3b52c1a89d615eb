import { Vector3 } from 'three'

/** Where a ray meets a plane, or undefined if it runs parallel or points away. */
export function rayPlane(
  origin: Vector3,
  direction: Vector3,
  planePoint: Vector3,
  planeNormal: Vector3,
): Vector3 | undefined {
  const denom = direction.dot(planeNormal)
  if (Math.abs(denom) < 1e-6) return undefined
  const t = new Vector3().subVectors(planePoint, origin).dot(planeNormal) / denom
  if (t < 0) return undefined
  return origin.clone().addScaledVector(direction, t)
}

/**
 * Signed angle (radians, right-handed about `axis`) by which the line between
 * two touch points turned: the two-finger twist.
 */
export function twistAngle(prevA: Vector3, prevB: Vector3, curA: Vector3, curB: Vector3, axis: Vector3): number {
  const before = projectOnPlane(new Vector3().subVectors(prevB, prevA), axis)
  const after = projectOnPlane(new Vector3().subVectors(curB, curA), axis)
  if (before.lengthSq() < 1e-10 || after.lengthSq() < 1e-10) return 0
  const cross = new Vector3().crossVectors(before, after)
  return Math.atan2(cross.dot(axis), before.dot(after))
}

/** Ratio of the finger spread now to before: the pinch. */
export function pinchRatio(prevA: Vector3, prevB: Vector3, curA: Vector3, curB: Vector3): number {
  const before = prevA.distanceTo(prevB)
  return before < 1e-6 ? 1 : curA.distanceTo(curB) / before
}

export const MIN_SCALE = 0.25
export const MAX_SCALE = 4

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/** The scale badge: "True size" at 1:1 (within half a percent), else the percentage. */
export function scaleLabel(scale: number): string {
  const pct = Math.round(scale * 100)
  return Math.abs(scale - 1) < 0.005 ? 'True size' : `${pct} %`
}

function projectOnPlane(v: Vector3, normal: Vector3): Vector3 {
  return v.sub(normal.clone().multiplyScalar(v.dot(normal)))
}
