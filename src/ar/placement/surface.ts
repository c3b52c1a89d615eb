import { Matrix4, Quaternion, Vector3 } from 'three'
import type { Placement } from '../../product'
import type { ArSurface } from '../types'

const UP = new Vector3(0, 1, 0)
// Within 25° of level counts as a floor (or table top), within 25° of vertical as a wall.
const LEVEL_COS = Math.cos((25 * Math.PI) / 180)
const VERTICAL_SIN = Math.sin((25 * Math.PI) / 180)

export interface SurfacePose {
  surface: ArSurface
  position: Vector3
  /** Product frame: +Y up, +Z facing out of the surface (wall) or toward the viewer (floor). */
  quaternion: Quaternion
  /** Unit normal of the surface at the hit. */
  normal: Vector3
}

/** The surface normal of a WebXR hit-test pose: its +Y axis (WebXR hit-test spec). */
export function hitNormal(hitMatrix: Matrix4, target = new Vector3()): Vector3 {
  return target.setFromMatrixColumn(hitMatrix, 1).normalize()
}

export function classifySurface(normal: Vector3): ArSurface | 'other' {
  const up = normal.dot(UP)
  if (up >= LEVEL_COS) return 'floor'
  if (Math.abs(up) <= VERTICAL_SIN) return 'wall'
  return 'other'
}

/** Which surfaces a product may stand on: wall pieces hang on walls, everything else stands on level ground. */
export function acceptsSurface(placement: Placement, surface: ArSurface | 'other'): surface is ArSurface {
  return placement === 'wall' ? surface === 'wall' : surface === 'floor'
}

/**
 * Where the reticle (and a tap's product) goes for a hit: flat on a floor and
 * turned to face the viewer, or upright against a wall with its back flush.
 * Undefined when the hit is on a surface this product can't be placed on.
 */
export function poseOnSurface(
  hitMatrix: Matrix4,
  placement: Placement,
  viewerPosition: Vector3,
): SurfacePose | undefined {
  const normal = hitNormal(hitMatrix)
  const surface = classifySurface(normal)
  if (!acceptsSurface(placement, surface)) return undefined
  const position = new Vector3().setFromMatrixPosition(hitMatrix)
  const quaternion = surface === 'wall' ? wallFlushQuaternion(normal) : faceViewerQuaternion(position, viewerPosition)
  return { surface, position, quaternion, normal }
}

/** Yaw about +Y so the product's front (+Z) looks at the viewer; level, whatever the hit pose's own yaw. */
export function faceViewerQuaternion(position: Vector3, viewerPosition: Vector3): Quaternion {
  const dx = viewerPosition.x - position.x
  const dz = viewerPosition.z - position.z
  const yaw = dx === 0 && dz === 0 ? 0 : Math.atan2(dx, dz)
  return new Quaternion().setFromAxisAngle(UP, yaw)
}

/**
 * Upright against a wall: +Z along the wall's outward normal (levelled), +Y
 * world up. A product modelled with its back at z=0 then sits flush.
 */
export function wallFlushQuaternion(wallNormal: Vector3): Quaternion {
  const z = new Vector3(wallNormal.x, 0, wallNormal.z)
  if (z.lengthSq() < 1e-8) z.set(0, 0, 1)
  z.normalize()
  const x = new Vector3().crossVectors(UP, z).normalize()
  const y = new Vector3().crossVectors(z, x)
  return new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(x, y, z))
}
