import { useEffect, useRef, useState } from 'react'
import { useThree } from '@react-three/fiber'
import { Box3, Group, Mesh, MeshBasicMaterial, PlaneGeometry, Vector3, type Object3D, type PerspectiveCamera, type Texture } from 'three'
import { acquireModel, applyVariant, createEnvironment, toViewerError, type EnvironmentSource, type ModelHandle, type ViewerError } from '../model'
import { frameBounds, orbitPosition, type Framing } from './staging/framing'
import { bakeContactShadow } from './staging/bakeContactShadow'
import { createOrbitRig, type InteractionKind, type OrbitRig } from './controls/orbitRig'
import { renderSnapshot, type SnapshotOptions } from './snapshot'

/** What the DOM shell can ask of a live 3D view. */
export interface StageApi {
  snapshot(options?: SnapshotOptions): Promise<Blob>
  rotate(azimuthDeg: number, elevationDeg: number): void
  zoom(factor: number): void
  /** Renderer counters: frames drawn since mount, and live GPU geometries and textures. */
  stats(): { frames: number; geometries: number; textures: number }
  /** Camera angles around the model, for announcing the view; zoom 1 = the framed distance, 2 = twice as close. */
  view(): { azimuthDeg: number; elevationDeg: number; zoom: number }
  /** Size of the model as shown, in metres [x, y, z]. */
  size(): [number, number, number]
  /**
   * Where a point of the model (its own glTF coordinates, metres) appears on
   * the canvas, in CSS pixels from the top-left, and whether a surface with
   * `normal` there faces the camera (`facing` > 0).
   */
  project(point: readonly [number, number, number], normal?: readonly [number, number, number]): { x: number; y: number; behind: boolean; facing: number }
  /** The model's bounding box as staged (standing on y = 0), in metres. */
  bounds(): { min: [number, number, number]; max: [number, number, number] }
  /** Like `project`, for a point in world metres (the frame of `bounds()`). */
  projectWorld(point: readonly [number, number, number]): { x: number; y: number; behind: boolean; facing: number }
}

export interface ModelStageProps {
  src: string
  variantName?: string
  environment: EnvironmentSource
  autoRotate: boolean
  onReady(info: { loadMs: number; size: [number, number, number]; variantNames: string[]; api: StageApi }): void
  onError(error: ViewerError): void
  onInteraction(kind: InteractionKind): void
  onViewChange(): void
}

/** Loads, stages and frames one model inside the canvas. */
export function ModelStage(props: ModelStageProps) {
  const { gl, scene, camera, invalidate, size } = useThree()
  const [handle, setHandle] = useState<ModelHandle>()
  const latest = useRef(props)
  latest.current = props
  const rig = useRef<OrbitRig>(undefined)

  // Load the model and the lighting together.
  useEffect(() => {
    const abort = new AbortController()
    const started = performance.now()
    let acquired: ModelHandle | undefined
    let environment: Texture | undefined
    // One after the other, not together: on software GL (and weak phones) the
    // environment's prefiltering occupies the GPU process, and texture decode
    // of the model then waits behind it. Sequential measured 1.9 s to the
    // first frame against 7.0 s in parallel here (GlamVelvetSofa).
    acquireModel(props.src, { renderer: gl, signal: abort.signal }).then(async (model) => {
      acquired = model
      if (abort.signal.aborted) return
      const env = await createEnvironment(gl, props.environment)
      if (abort.signal.aborted) { env.dispose(); return }
      environment = env
      if (latest.current.variantName && model.variantNames.includes(latest.current.variantName)) {
        await applyVariant(model.scene, model.gltf, latest.current.variantName)
      }
      if (abort.signal.aborted) return
      scene.environment = env
      ;(scene.userData as { loadMs?: number }).loadMs = performance.now() - started
      setHandle(model)
    }).catch((err) => {
      if (!abort.signal.aborted) latest.current.onError(toViewerError(err, props.src))
    })
    return () => {
      abort.abort()
      acquired?.release()
      environment?.dispose()
      scene.environment = null
    }
  }, [props.src, props.environment, gl, scene])

  // Stage it: stand it on the ground, frame it, shadow it, let the shopper orbit.
  useEffect(() => {
    if (!handle) return
    const cam = camera as PerspectiveCamera
    const box = new Box3().setFromObject(handle.scene)
    const f = frameBounds({ min: box.min.toArray(), max: box.max.toArray() }, cam.fov, size.width / Math.max(1, size.height))
    const group = new Group()
    group.add(handle.scene)
    handle.scene.position.set(...f.offset)
    const dims = box.getSize(box.max.clone()).toArray() as [number, number, number]

    const shadowSize = Math.max(dims[0], dims[2]) * 1.6
    const shadow = bakeContactShadow(gl, group, shadowSize, shadowSize, dims[1])
    const ground = new Mesh(new PlaneGeometry(shadowSize, shadowSize), new MeshBasicMaterial({ map: shadow.texture, transparent: true, depthWrite: false, opacity: 0.85 }))
    ground.rotation.x = -Math.PI / 2
    ground.position.y = Math.min(0.001, f.radius * 0.001)
    ground.renderOrder = -1
    group.add(ground)
    scene.add(group)

    cam.near = f.near
    cam.far = f.far
    cam.position.set(...orbitPosition(f.target, f.distance, 30, 18))
    cam.lookAt(...f.target)
    cam.updateProjectionMatrix()
    rig.current = createOrbitRig(cam, gl.domElement, f, {
      autoRotate: latest.current.autoRotate,
      onChange: () => { invalidate(); latest.current.onViewChange() },
      onInteraction: (kind) => latest.current.onInteraction(kind),
    })
    const api: StageApi = {
      snapshot: (options) => renderSnapshot(gl, scene, cam, options),
      rotate: (a, e) => rig.current?.rotate(a, e),
      zoom: (k) => rig.current?.zoom(k),
      stats: () => ({ frames: gl.info.render.frame, geometries: gl.info.memory.geometries, textures: gl.info.memory.textures }),
      view: () => viewAngles(cam, f),
      size: () => dims,
      project: (point, normal) => projectPoint(cam, handle.scene, gl.domElement, point, normal),
      bounds: () => ({ min: [-dims[0] / 2, 0, -dims[2] / 2], max: [dims[0] / 2, dims[1], dims[2] / 2] }),
      // The staging group sits at the origin untransformed, so its local frame is the world's.
      projectWorld: (point) => projectPoint(cam, group, gl.domElement, point),
    }
    invalidate()
    // Report ready once the first frame with the model has been drawn.
    let reported = false
    const marker = handle.scene.getObjectByProperty('isMesh', true) as Mesh | undefined
    const report = () => {
      if (reported) return
      reported = true
      latest.current.onReady({ loadMs: (scene.userData as { loadMs: number }).loadMs, size: dims, variantNames: handle.variantNames, api })
    }
    if (marker) marker.onAfterRender = () => { marker.onAfterRender = () => {}; queueMicrotask(report) }
    else requestAnimationFrame(report)
    return () => {
      rig.current?.dispose()
      rig.current = undefined
      scene.remove(group)
      group.remove(handle.scene)
      ground.geometry.dispose()
      ;(ground.material as MeshBasicMaterial).dispose()
      shadow.dispose()
    }
  }, [handle, camera, gl, scene, invalidate])

  // Variant switches keep the camera and shadow; materials come from the parser's cache.
  useEffect(() => {
    if (!handle) return
    let cancelled = false
    applyVariant(handle.scene, handle.gltf, props.variantName && handle.variantNames.includes(props.variantName) ? props.variantName : undefined)
      .then(() => { if (!cancelled) invalidate() })
      .catch((err) => latest.current.onError(toViewerError(err, props.src)))
    return () => { cancelled = true }
  }, [handle, props.variantName, invalidate, props.src])

  // Damping and auto-rotate need frames while they move; update() says when they stop.
  useEffect(() => {
    const controls = rig.current?.controls
    if (!handle || !controls) return
    let frame = 0
    let interacting = false
    const tick = () => {
      const moved = controls.update()
      if (moved) invalidate()
      frame = moved || interacting || props.autoRotate ? requestAnimationFrame(tick) : 0
    }
    const start = () => { interacting = true; if (!frame) frame = requestAnimationFrame(tick) }
    const end = () => { interacting = false }
    controls.addEventListener('start', start)
    controls.addEventListener('end', end)
    if (props.autoRotate) frame = requestAnimationFrame(tick)
    return () => { cancelAnimationFrame(frame); controls.removeEventListener('start', start); controls.removeEventListener('end', end) }
  }, [handle, invalidate, props.autoRotate])

  return null
}

function viewAngles(cam: PerspectiveCamera, f: Framing) {
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
function projectPoint(cam: PerspectiveCamera, model: Object3D, canvas: HTMLCanvasElement, point: readonly [number, number, number], normal?: readonly [number, number, number]) {
  const world = model.localToWorld(scratch.set(point[0], point[1], point[2]))
  let facing = 1
  if (normal) {
    const n = scratchNormal.set(normal[0], normal[1], normal[2]).transformDirection(model.matrixWorld)
    facing = n.dot(cam.position.clone().sub(world).normalize())
  }
  const ndc = world.project(cam)
  return {
    x: ((ndc.x + 1) / 2) * canvas.clientWidth,
    y: ((1 - ndc.y) / 2) * canvas.clientHeight,
    behind: ndc.z > 1,
    facing,
  }
}
