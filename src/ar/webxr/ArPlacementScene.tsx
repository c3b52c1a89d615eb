import { useEffect, useMemo, useState } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { useXR, useXRHitTest } from '@react-three/xr'
import { Matrix4, RingGeometry, MeshBasicMaterial, Mesh, Vector3, type Object3D, type Texture } from 'three'
import { createEnvironment } from '../../model'
import type { Placement } from '../../product'
import { PlacementController, materialNames, type PlacementCallbacks } from './placementController'
import { modelSize } from '../placement/modelOffset'
import { createSoftShadow } from './softShadow'
import type { ArProbeRef } from './probe'
import { useLatest } from '../../react/useLatest'

export interface ArPlacementSceneProps {
  placement: Placement
  allowScaling: boolean
  model: Object3D | undefined
  variant: string | null
  callbacks: PlacementCallbacks
  onTracking(tracking: boolean): void
  /** Receives the controller so the DOM overlay can call re-place. */
  onController(controller: PlacementController): void
  probe?: ArProbeRef
}

/** Everything inside the XR scene: hit test, reticle, product, shadow, select and gestures. */
export function ArPlacementScene(props: ArPlacementSceneProps) {
  const { placement, allowScaling, model, probe } = props
  const latest = useLatest(props)
  const [lit, setLit] = useState(false)
  const controller = useMemo(
    () =>
      new PlacementController(placement, allowScaling, {
        surfaceFound: () => {
          setLit(true)
          latest.current.callbacks.surfaceFound()
        },
        placed: (...a) => latest.current.callbacks.placed(...a),
        adjusted: (...a) => latest.current.callbacks.adjusted(...a),
      }),
    [placement, allowScaling, latest],
  )
  useEffect(() => latest.current.onController(controller), [controller, latest])

  const reticleMeshes = useMemo(() => {
    const material = new MeshBasicMaterial({ color: 0xffffff, transparent: true, opacity: 0.9, depthTest: false })
    const flat = new Mesh(new RingGeometry(0.09, 0.12, 48), material)
    flat.rotation.x = -Math.PI / 2 // ring in the surface plane of a floor frame (+Y normal)
    const upright = new Mesh(new RingGeometry(0.09, 0.12, 48), material) // wall frame: +Z normal
    upright.position.z = 0.002
    flat.name = 'vitrine-reticle-floor'
    upright.name = 'vitrine-reticle-wall'
    return { flat, upright }
  }, [])
  useEffect(() => {
    controller.reticle.add(reticleMeshes.flat, reticleMeshes.upright)
    return () => {
      controller.reticle.remove(reticleMeshes.flat, reticleMeshes.upright)
    }
  }, [controller, reticleMeshes])

  useEffect(() => {
    controller.setModel(model)
    if (!model || placement === 'wall') return
    const size = modelSize(model)
    const shadow = createSoftShadow(size.x, size.z)
    controller.adjust.add(shadow)
    return () => {
      controller.adjust.remove(shadow)
    }
  }, [controller, model, placement])

  const session = useXR((s) => s.session)

  // Lit as in the inline viewer, by the same procedural room, so colours match; and without an environment
  // metals and glass (a mirror, brass legs) reflect nothing and render black. Made at the first surface, just
  // before the product can be placed: prefiltering compiles large shaders (~0.1 s on a phone GPU, ~6 s in
  // SwiftShader), and a rejected session or a search that finds nothing never needs it.
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  useEffect(() => {
    if (!session || !lit) return
    let live = true
    let env: Texture | undefined
    createEnvironment(gl, 'room').then(
      (t) => {
        if (!live) {
          t.dispose()
          return
        }
        env = t
        scene.environment = t
      },
      (err: unknown) => console.warn('[vitrine] AR environment', err),
    )
    return () => {
      live = false
      env?.dispose()
      scene.environment = null
    }
  }, [gl, scene, session, lit])
  useEffect(() => {
    if (!session) return
    const onSelect = () => controller.requestPlace()
    const onStart = (e: XRInputSourceEvent) => controller.selectStart(e.inputSource)
    const onEnd = (e: XRInputSourceEvent) => controller.selectEnd(e.inputSource)
    session.addEventListener('select', onSelect)
    session.addEventListener('selectstart', onStart)
    session.addEventListener('selectend', onEnd)
    return () => {
      session.removeEventListener('select', onSelect)
      session.removeEventListener('selectstart', onStart)
      session.removeEventListener('selectend', onEnd)
    }
  }, [session, controller])

  const camera = useThree((s) => s.camera)
  const viewer = useMemo(() => new Vector3(), [])
  const clip = useMemo(() => new Matrix4(), [])
  useXRHitTest((results, getWorldMatrix) => {
    camera.getWorldPosition(viewer)
    const hits = results
      .map((result) => {
        const matrix = new Matrix4()
        return getWorldMatrix(matrix, result) ? { matrix, result } : undefined
      })
      .filter((h): h is { matrix: Matrix4; result: XRHitTestResult } => h !== undefined)
    controller.onHits(hits, viewer)
  }, 'viewer')

  useFrame((_state, _delta, frame?: XRFrame) => {
    if (!frame) return
    const refSpace = gl.xr.getReferenceSpace()
    const tracking = refSpace ? frame.getViewerPose(refSpace) != null : false
    if (tracking !== controller.tracking) {
      controller.tracking = tracking
      latest.current.onTracking(tracking)
    }
    camera.getWorldPosition(viewer)
    controller.update(frame, refSpace, viewer)
    if (probe) {
      // The camera still holds the XR view of the last rendered frame (three copies it in at render).
      const viewProjection = clip.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse).toArray()
      probe.current = {
        ...controller.probe(latest.current.variant, materialNames(latest.current.model)),
        viewProjection,
      }
    }
  })

  return (
    <>
      <primitive object={controller.reticle} />
      <primitive object={controller.frame} />
    </>
  )
}
