import { describe, expect, it } from 'vitest'
import { BoxGeometry, Matrix4, Mesh, Quaternion, Vector3 } from 'three'
import { classifySurface, poseOnSurface, wallFlushQuaternion } from './surface'
import { restingOffset } from './modelOffset'
import { pinchRatio, rayPlane, scaleLabel, twistAngle } from './gestures'

const up = new Vector3(0, 1, 0)
// A hit pose as WebXR reports it: +Y along the surface normal.
function hit(position: Vector3, normal: Vector3): Matrix4 {
  const q = new Quaternion().setFromUnitVectors(up, normal.clone().normalize())
  return new Matrix4().compose(position, q, new Vector3(1, 1, 1))
}
const close = (a: Vector3, b: Vector3) => expect(a.distanceTo(b)).toBeLessThan(1e-6)

describe('poseOnSurface', () => {
  const viewer = new Vector3(0, 1.6, 0)
  it('lays a floor pose flat at the hit, front turned to the viewer', () => {
    const pose = poseOnSurface(hit(new Vector3(0.5, 0, -1.5), up), 'floor', viewer)!
    expect(pose.surface).toBe('floor')
    close(pose.position, new Vector3(0.5, 0, -1.5))
    close(up.clone().applyQuaternion(pose.quaternion), up)
    const front = new Vector3(0, 0, 1).applyQuaternion(pose.quaternion)
    const toViewer = new Vector3(-0.5, 0, 1.5).normalize()
    close(front, toViewer)
  })
  it('stands a wall pose upright with +Z out of the wall', () => {
    const normal = new Vector3(1, 0, 0)
    const pose = poseOnSurface(hit(new Vector3(-2.9, 1.4, -0.5), normal), 'wall', viewer)!
    expect(pose.surface).toBe('wall')
    close(new Vector3(0, 0, 1).applyQuaternion(pose.quaternion), normal)
    close(new Vector3(0, 1, 0).applyQuaternion(pose.quaternion), up)
  })
  it('refuses surfaces the product cannot go on', () => {
    expect(poseOnSurface(hit(new Vector3(0, 1, -2), new Vector3(0, 0, 1)), 'floor', viewer)).toBeUndefined()
    expect(poseOnSurface(hit(new Vector3(0, 0, -2), up), 'wall', viewer)).toBeUndefined()
    expect(classifySurface(new Vector3(0, 1, 1).normalize())).toBe('other')
    expect(classifySurface(new Vector3(0, -1, 0))).toBe('other')
  })
  it('levels a slightly tilted wall normal', () => {
    const q = wallFlushQuaternion(new Vector3(0, 0.1, 1).normalize())
    close(new Vector3(0, 0, 1).applyQuaternion(q), new Vector3(0, 0, 1))
  })
})

describe('restingOffset', () => {
  it('stands a floor piece on its lowest point, centred', () => {
    const box = new Mesh(new BoxGeometry(1, 2, 0.5))
    box.position.set(0.3, 0.5, -0.2)
    close(restingOffset(box, 'floor'), new Vector3(-0.3, 0.5, 0.2))
  })
  it('puts a wall piece back to the wall, centred', () => {
    const box = new Mesh(new BoxGeometry(0.6, 0.9, 0.04))
    box.position.set(0, 0.45, 0.02) // back at z=0, bottom at y=0
    close(restingOffset(box, 'wall'), new Vector3(0, -0.45, 0))
  })
})

describe('gestures', () => {
  it('meets the floor where the ray points', () => {
    close(
      rayPlane(new Vector3(0, 1.6, 0), new Vector3(0, -1.6, -1.6).normalize(), new Vector3(), up)!,
      new Vector3(0, 0, -1.6),
    )
    expect(rayPlane(new Vector3(0, 1.6, 0), new Vector3(0, 1, 0), new Vector3(), up)).toBeUndefined()
  })
  it('measures a twist about the up axis, counter-clockwise positive', () => {
    const a = new Vector3(0, 0, 0),
      b = new Vector3(1, 0, 0)
    const b2 = new Vector3(0, 0, -1) // +90° about +Y turns +X into -Z
    expect(twistAngle(a, b, a, b2, up)).toBeCloseTo(Math.PI / 2, 6)
    expect(twistAngle(a, b, a, b, up)).toBe(0)
  })
  it('measures a pinch and labels scale', () => {
    expect(pinchRatio(new Vector3(), new Vector3(1, 0, 0), new Vector3(), new Vector3(1.5, 0, 0))).toBeCloseTo(1.5)
    expect(scaleLabel(1)).toBe('True size')
    expect(scaleLabel(0.75)).toBe('75 %')
  })
})
