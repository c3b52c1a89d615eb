import { Box3, Group, Matrix4, Quaternion, Vector3, type Mesh, type Material, type Object3D } from 'three'
import type { Placement } from '../../product'
import type { ArAdjustKind, ArSurface } from '../types'
import { poseOnSurface, type SurfacePose } from '../placement/surface'
import { clampScale, pinchRatio, rayPlane, twistAngle } from '../placement/gestures'
import { restingOffset } from '../placement/modelOffset'
import type { ArProbe } from './probe'

export interface PlacementCallbacks {
  surfaceFound(): void
  placed(surface: ArSurface, distance: number, position: Vector3): void
  adjusted(kind: ArAdjustKind, scale: number): void
}

interface Touch {
  source: XRInputSource
  point: Vector3 | undefined
}

const FORWARD = new Vector3(0, 0, -1)

/**
 * The placement logic of the WebXR session, free of React: the reticle follows
 * the last accepted hit, a select places the product there (on an anchor when
 * the session has anchors), one pressed input drags it along its plane, two
 * twist it (and pinch it, if scaling is allowed).
 *
 * Scene graph: `frame` (the placement pose on the anchor) > `adjust` (drag
 * offset, twist, scale) > `model` (shifted to rest on the surface).
 */
export class PlacementController {
  readonly reticle = new Group()
  readonly frame = new Group()
  readonly adjust = new Group()
  placed = false
  tracking = true
  private model: Object3D | undefined
  private lastHit: { pose: SurfacePose; result: XRHitTestResult; matrix: Matrix4 } | undefined
  private surface: ArSurface | undefined
  private anchor: XRAnchor | undefined
  private anchorToFrame = new Matrix4()
  private touches: Touch[] = []
  private gestureKinds = new Set<ArAdjustKind>()
  private foundSurface = false
  private pendingPlace = false
  private frames = 0

  constructor(
    private placement: Placement,
    private allowScaling: boolean,
    private cb: PlacementCallbacks,
  ) {
    this.reticle.visible = false
    this.frame.visible = false
    this.frame.add(this.adjust)
    this.frame.matrixAutoUpdate = false
  }

  setModel(model: Object3D | undefined): void {
    if (this.model) this.adjust.remove(this.model)
    this.model = model
    if (!model) return
    model.position.set(0, 0, 0)
    model.position.copy(restingOffset(model, this.placement))
    this.adjust.add(model)
  }

  /** Hit-test results for this frame, nearest first, as world matrices. */
  onHits(hits: { matrix: Matrix4; result: XRHitTestResult }[], viewerPosition: Vector3): void {
    for (const { matrix, result } of hits) {
      const pose = poseOnSurface(matrix, this.placement, viewerPosition)
      if (!pose) continue
      this.lastHit = { pose, result, matrix: matrix.clone() }
      if (!this.foundSurface) {
        this.foundSurface = true
        this.cb.surfaceFound()
      }
      return
    }
  }

  /** The shopper tapped (session `select`): place at the reticle on the next frame, never in mid-air. */
  requestPlace(): void {
    if (!this.placed) this.pendingPlace = true
  }

  replace(): void {
    this.placed = false
    this.pendingPlace = false
    this.frame.visible = false
    this.anchor?.delete?.()
    this.anchor = undefined
    this.lastHit = undefined
    this.foundSurface = false
    this.touches = []
    this.adjust.position.set(0, 0, 0)
    this.adjust.quaternion.identity()
    this.adjust.scale.setScalar(1)
  }

  selectStart(source: XRInputSource): void {
    if (!this.placed || this.touches.some((t) => t.source === source)) return
    this.touches.push({ source, point: undefined })
  }

  selectEnd(source: XRInputSource): void {
    const before = this.touches.length
    this.touches = this.touches.filter((t) => t.source !== source)
    if (before > 0 && this.touches.length === 0) {
      for (const kind of this.gestureKinds) this.cb.adjusted(kind, this.adjust.scale.x)
      this.gestureKinds.clear()
    }
    // The remaining finger restarts its drag from where it is now.
    for (const t of this.touches) t.point = undefined
  }

  update(frame: XRFrame, refSpace: XRReferenceSpace | null, viewer: Vector3): void {
    this.frames++
    if (this.pendingPlace && this.lastHit) this.place(frame, refSpace, viewer)
    this.pendingPlace = false
    const showReticle = !this.placed && this.lastHit !== undefined && this.tracking
    this.reticle.visible = showReticle
    if (this.lastHit) {
      this.reticle.position.copy(this.lastHit.pose.position)
      this.reticle.quaternion.copy(this.lastHit.pose.quaternion)
      const surface = this.lastHit.pose.surface
      for (const ring of this.reticle.children) ring.visible = ring.name.endsWith(surface)
    }
    if (this.placed && this.anchor && refSpace) {
      const pose = frame.getPose?.(this.anchor.anchorSpace, refSpace)
      if (pose) this.frame.matrix.fromArray(pose.transform.matrix).multiply(this.anchorToFrame)
    }
    if (this.placed && refSpace && this.touches.length > 0) this.gesture(frame, refSpace)
    this.frame.matrixWorldNeedsUpdate = true
  }

  private place(frame: XRFrame, refSpace: XRReferenceSpace | null, viewer: Vector3): void {
    const { pose, result, matrix } = this.lastHit!
    this.surface = pose.surface
    this.frame.matrix.compose(pose.position, pose.quaternion, new Vector3(1, 1, 1))
    this.frame.visible = true
    this.placed = true
    this.anchorToFrame.copy(matrix).invert().multiply(this.frame.matrix)
    // Anchor where the session can, so the product stays put as tracking refines (#4798).
    if (refSpace && typeof result.createAnchor === 'function') {
      const requested = this.frame.matrix.clone()
      result.createAnchor()?.then(
        (anchor) => {
          if (!this.placed || !this.frame.matrix.equals(requested)) {
            anchor.delete()
            return
          }
          this.anchor = anchor
        },
        () => {
          /* no anchor: the hit pose stays */
        },
      )
    }
    void frame
    this.cb.placed(pose.surface, viewer.distanceTo(pose.position), pose.position.clone())
  }

  private gesture(frame: XRFrame, refSpace: XRReferenceSpace): void {
    const planePoint = new Vector3().setFromMatrixPosition(this.frame.matrix)
    const planeNormal = new Vector3()
      .setFromMatrixColumn(this.frame.matrix, this.surface === 'wall' ? 2 : 1)
      .normalize()
    const points = this.touches.map((t) => {
      const pose = frame.getPose(t.source.targetRaySpace, refSpace)
      if (!pose) return undefined
      const m = new Matrix4().fromArray(pose.transform.matrix)
      const origin = new Vector3().setFromMatrixPosition(m)
      const dir = FORWARD.clone().transformDirection(m)
      return rayPlane(origin, dir, planePoint, planeNormal)
    })
    const inverse = this.frame.matrix.clone().invert()
    if (this.touches.length === 1) {
      const [t] = this.touches
      const cur = points[0]
      if (cur && t.point) {
        const delta = cur.clone().applyMatrix4(inverse).sub(t.point.clone().applyMatrix4(inverse))
        if (this.surface === 'wall') delta.z = 0
        else delta.y = 0
        if (delta.lengthSq() > 0) {
          this.adjust.position.add(delta)
          this.gestureKinds.add('move')
        }
      }
      t.point = cur
      return
    }
    const [a, b] = this.touches
    const [ca, cb] = points
    if (ca && cb && a.point && b.point) {
      const angle = twistAngle(a.point, b.point, ca, cb, planeNormal)
      if (Math.abs(angle) > 1e-4 && this.surface !== 'wall') {
        this.adjust.quaternion.premultiply(new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), angle))
        this.gestureKinds.add('rotate')
      }
      if (this.allowScaling) {
        const ratio = pinchRatio(a.point, b.point, ca, cb)
        if (Math.abs(ratio - 1) > 1e-3) {
          this.adjust.scale.setScalar(clampScale(this.adjust.scale.x * ratio))
          this.gestureKinds.add('scale')
        }
      }
    }
    a.point = ca
    b.point = cb
  }

  probe(variant: string | null, materials: string[]): Omit<ArProbe, 'viewProjection'> {
    const reticlePos = this.reticle.position
    const rq = this.reticle.quaternion
    this.frame.updateMatrixWorld(true)
    const world = new Vector3(),
      wq = new Quaternion(),
      ws = new Vector3()
    this.adjust.matrixWorld.decompose(world, wq, ws)
    let box: ArProbe['product']['box'] = null
    let localBox: ArProbe['product']['box'] = null
    if (this.model && this.placed) {
      const b = new Box3().setFromObject(this.model, true)
      if (!b.isEmpty()) box = { min: b.min.toArray(), max: b.max.toArray() }
      // The same bounds in the placement frame (surface plane through the origin), for flush checks.
      const saved = this.frame.matrix.clone()
      this.frame.matrix.identity()
      this.frame.updateMatrixWorld(true)
      const l = new Box3().setFromObject(this.model, true)
      localBox = { min: l.min.toArray(), max: l.max.toArray() }
      this.frame.matrix.copy(saved)
      this.frame.updateMatrixWorld(true)
    }
    return {
      hit: this.lastHit
        ? {
            position: this.lastHit.pose.position.toArray(),
            normal: this.lastHit.pose.normal.toArray(),
            surface: this.lastHit.pose.surface,
          }
        : null,
      reticle: {
        visible: this.reticle.visible,
        position: reticlePos.toArray(),
        quaternion: rq.toArray() as [number, number, number, number],
      },
      product: {
        placed: this.placed,
        position: world.toArray(),
        quaternion: wq.toArray() as [number, number, number, number],
        scale: ws.x,
        box,
        localBox,
        surface: this.placed ? (this.surface ?? null) : null,
        anchored: this.anchor !== undefined,
      },
      variant,
      materials,
      frames: this.frames,
      tracking: this.tracking,
    }
  }
}

/** The material names on a model now, for checks that a variant switch really happened. */
export function materialNames(root: Object3D | undefined): string[] {
  const names = new Set<string>()
  root?.traverse((o) => {
    const m = (o as Mesh).material as Material | Material[] | undefined
    if (!m) return
    for (const mat of Array.isArray(m) ? m : [m]) names.add(mat.name)
  })
  return [...names]
}
