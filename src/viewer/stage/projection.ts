import { Vector3, type Object3D, type PerspectiveCamera } from 'three'
import type { Framing } from '../staging/framing'
import type { ProjectedPoint } from './stageApi'

/** Camera angles around the framed model (azimuth 0 is the front) and zoom (1 = the framed distance, 2 = twice as close). */
export function viewAngles(cam: PerspectiveCamera, f: Framing) {
  const dx = cam.position.x - f.target[0]
  const dy = cam.position.y - f.target[1]
  const dz = cam.position.z - f.target[2]
  return {
    azimuthDeg: (Math.atan2(dx, dz) * 180) / Math.PI,
    elevationDeg: (Math.atan2(dy, Math.hypot(dx, dz)) * 180) / Math.PI,
    zoom: f.distance / Math.max(1e-6, Math.hypot(dx, dy, dz)),
  }
}

const scratch = new Vector3()
const scratchNormal = new Vector3()

/** Where a point in `model`'s frame lands on `element`, and whether a surface with `normal` there faces the camera. */
export function projectPoint(
  cam: PerspectiveCamera,
  model: Object3D,
  element: HTMLElement,
  point: readonly [number, number, number],
  normal?: readonly [number, number, number],
): ProjectedPoint {
  const world = model.localToWorld(scratch.set(point[0], point[1], point[2]))
  let facing = 1
  if (normal) {
    const n = scratchNormal.set(normal[0], normal[1], normal[2]).transformDirection(model.matrixWorld)
    facing = n.dot(cam.position.clone().sub(world).normalize())
  }
  const ndc = world.project(cam)
  return {
    x: ((ndc.x + 1) / 2) * element.clientWidth,
    y: ((1 - ndc.y) / 2) * element.clientHeight,
    behind: ndc.z > 1,
    facing,
  }
}
