import {
  Box3,
  Group,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  type PerspectiveCamera,
  type Scene,
  type WebGLRenderer,
} from 'three'
import {
  acquireEnvironment,
  acquireModel,
  applyVariant,
  toViewerError,
  type EnvironmentHandle,
  type EnvironmentSource,
  type ModelHandle,
  type TextureFailure,
  type ViewerError,
} from '../../model'
import { frameBounds, orbitPosition } from '../staging/framing'
import { bakeContactShadow, type ContactShadow } from '../staging/bakeContactShadow'
import { createOrbitRig, type InteractionKind, type OrbitRig } from '../controls/orbitRig'
import { renderSnapshot, type SnapshotOptions } from '../snapshot'
import { projectPoint, viewAngles } from './projection'
import type { StageApi } from './stageApi'
import { stageTuning } from './stageTuning'
import { firstViewFirst } from './firstViewFirst'

/** What a stage draws with: a renderer (own or shared), its scene and camera, and the element shoppers touch. */
export interface StageHost {
  gl: WebGLRenderer
  scene: Scene
  camera: PerspectiveCamera
  /** Receives pointer, wheel and touch input; its CSS size is the view's size. */
  element: HTMLElement
  /** Asks for one more frame (render on demand). */
  invalidate(): void
  /** Width / height of the view. */
  aspect(): number
  /** Called after each frame this host draws, so the stage knows when the model was first drawn. */
  onFrame(listener: () => void): () => void
  /** Renders a snapshot; default: renderSnapshot on the host's renderer. */
  snapshot?(options?: SnapshotOptions): Promise<Blob>
}

/** What the stage tells its owner. */
export interface StageCallbacks {
  onReady(info: { loadMs: number; size: [number, number, number]; variantNames: string[]; api: StageApi }): void
  onError(error: ViewerError): void
  onInteraction(kind: InteractionKind): void
  onViewChange(): void
  /** Textures that failed to decode (all so far), after the first frame and after a variant switch adds some. */
  onTextureFailures(failures: readonly TextureFailure[]): void
}

export interface StageOptions {
  src: string
  environment: EnvironmentSource
  variantName?: string
  autoRotate: boolean
}

/** A live stage: change its variant, or dispose it. */
export interface Stage {
  setVariant(name: string | undefined): void
  dispose(): void
}

/**
 * Loads, stages and frames one model for a host, without React: stands it on
 * the ground, frames it, lets the shopper orbit, and reports `ready` after the
 * first frame that drew it. The contact shadow is baked after that frame, so
 * its two programs and six passes stay off the path to the first picture.
 */
export function createStage(host: StageHost, options: StageOptions, callbacks: StageCallbacks): Stage {
  const { gl, scene, camera } = host
  const abort = new AbortController()
  const started = performance.now()
  let handle: ModelHandle | undefined
  let environment: EnvironmentHandle | undefined
  let variantName = options.variantName
  let unstage: (() => void) | undefined
  let pictureShown = () => {}

  // One after the other, not together: on software GL (and weak phones) the
  // environment's prefiltering occupies the GPU process, and texture decode
  // of the model then waits behind it. Sequential measured 1.9 s to the
  // first frame against 7.0 s in parallel here (GlamVelvetSofa).
  const early = stageTuning.environmentDuringDownload ? acquireEnvironment(gl, options.environment) : undefined
  early?.catch(() => {})
  acquireModel(options.src, { renderer: gl, signal: abort.signal })
    .then(async (model) => {
      handle = model
      if (abort.signal.aborted) return
      const env = await (early ?? acquireEnvironment(gl, options.environment))
      if (abort.signal.aborted) {
        env.release()
        return
      }
      environment = env
      if (variantName && model.variantNames.includes(variantName))
        await applyVariant(model.scene, model.gltf, variantName)
      if (abort.signal.aborted) return
      scene.environment = env.texture
      pictureShown = await firstViewFirst(gl)
      if (abort.signal.aborted) return pictureShown()
      // The programs compile in the GPU process's threads while this thread stays free; the first
      // frame then only draws, instead of stalling on every program's link status in turn.
      if (stageTuning.compileAsync) await gl.compileAsync(model.scene, camera, scene)
      if (abort.signal.aborted) return pictureShown()
      unstage = stageModel(model, performance.now() - started)
    })
    .catch((err) => {
      pictureShown()
      if (!abort.signal.aborted) callbacks.onError(toViewerError(err, options.src))
    })

  function stageModel(model: ModelHandle, loadMs: number): () => void {
    const box = new Box3().setFromObject(model.scene)
    const f = frameBounds({ min: box.min.toArray(), max: box.max.toArray() }, camera.fov, host.aspect())
    const group = new Group()
    group.add(model.scene)
    model.scene.position.set(...f.offset)
    const dims = box.getSize(box.max.clone()).toArray() as [number, number, number]
    scene.add(group)

    camera.near = f.near
    camera.far = f.far
    camera.position.set(...orbitPosition(f.target, f.distance, 30, 18))
    camera.lookAt(...f.target)
    camera.updateProjectionMatrix()
    const rig: OrbitRig = createOrbitRig(camera, host.element, f, {
      autoRotate: options.autoRotate,
      onChange: () => {
        host.invalidate()
        callbacks.onViewChange()
      },
      onInteraction: (kind) => callbacks.onInteraction(kind),
    })
    const stopDamping = runDamping(rig, host, options.autoRotate)
    const api: StageApi = {
      snapshot: (o) => (host.snapshot ? host.snapshot(o) : renderSnapshot(gl, scene, camera, o)),
      rotate: (a, e) => rig.rotate(a, e),
      zoom: (k) => rig.zoom(k),
      stats: () => ({
        frames: gl.info.render.frame,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        shadow: shadowShown,
      }),
      view: () => viewAngles(camera, f),
      size: () => dims,
      project: (point, normal) => projectPoint(camera, model.scene, host.element, point, normal),
      bounds: () => ({ min: [-dims[0] / 2, 0, -dims[2] / 2], max: [dims[0] / 2, dims[1], dims[2] / 2] }),
      // The staging group sits at the origin untransformed, so its local frame is the world's.
      projectWorld: (point) => projectPoint(camera, group, host.element, point),
    }

    // Ready once a frame has drawn the model; then the shadow, in the next task.
    let shadow: ContactShadow | undefined
    // True once a frame has drawn the baked shadow's ground: its plane geometry only counts on the GPU then.
    let shadowShown = false
    let ground: Mesh | undefined
    let shadowTimer: ReturnType<typeof setTimeout> | undefined
    let afterPresented = 0
    const bake = () => {
      const size = Math.max(dims[0], dims[2]) * 1.6
      shadow = bakeContactShadow(gl, group, size, size, dims[1])
      ground = new Mesh(
        new PlaneGeometry(size, size),
        new MeshBasicMaterial({ map: shadow.texture, transparent: true, depthWrite: false, opacity: 0.85 }),
      )
      ground.rotation.x = -Math.PI / 2
      ground.position.y = Math.min(0.001, f.radius * 0.001)
      ground.renderOrder = -1
      group.add(ground)
      host.invalidate()
    }
    if (!stageTuning.shadowAfterFirstFrame) bake()
    const stopWatching = host.onFrame(() => {
      stopWatching()
      callbacks.onReady({ loadMs, size: dims, variantNames: model.variantNames, api })
      if (model.textureFailures().length) callbacks.onTextureFailures(model.textureFailures())
      // Two frames on, the model's frame is on screen: the bake's programs no longer delay it. Two
      // frames after the bake, its shadow is on screen too, and the listing's other views may start.
      const afterTwoFrames = (then: () => void) => {
        afterPresented = requestAnimationFrame(() => {
          afterPresented = requestAnimationFrame(then)
        })
      }
      afterTwoFrames(() => {
        shadowTimer = setTimeout(() => {
          if (stageTuning.shadowAfterFirstFrame) bake()
          afterTwoFrames(() => {
            shadowShown = shadow !== undefined
            pictureShown()
          })
        }, 0)
      })
    })
    host.invalidate()
    return () => {
      stopWatching()
      clearTimeout(shadowTimer)
      cancelAnimationFrame(afterPresented)
      stopDamping()
      rig.dispose()
      scene.remove(group)
      group.remove(model.scene)
      if (ground) {
        ground.geometry.dispose()
        ;(ground.material as MeshBasicMaterial).dispose()
      }
      shadow?.dispose()
    }
  }

  return {
    setVariant(name) {
      variantName = name
      const model = handle
      if (!model || !unstage) return // applied when staging
      applyVariant(model.scene, model.gltf, name && model.variantNames.includes(name) ? name : undefined)
        .then(() => {
          if (abort.signal.aborted) return
          host.invalidate()
          // Variant materials load their textures now; the listener ignores failures it has seen.
          if (model.textureFailures().length) callbacks.onTextureFailures(model.textureFailures())
        })
        .catch((err) => callbacks.onError(toViewerError(err, options.src)))
    },
    dispose() {
      abort.abort()
      pictureShown()
      unstage?.()
      handle?.release()
      environment?.release()
      scene.environment = null
    },
  }
}

/** Damping and auto-rotate need frames while they move; update() says when they stop. */
function runDamping(rig: OrbitRig, host: StageHost, autoRotate: boolean): () => void {
  const controls = rig.controls
  let frame = 0
  let interacting = false
  const tick = () => {
    const moved = controls.update()
    if (moved) host.invalidate()
    frame = moved || interacting || autoRotate ? requestAnimationFrame(tick) : 0
  }
  const start = () => {
    interacting = true
    if (!frame) frame = requestAnimationFrame(tick)
  }
  const end = () => {
    interacting = false
  }
  controls.addEventListener('start', start)
  controls.addEventListener('end', end)
  if (autoRotate) frame = requestAnimationFrame(tick)
  return () => {
    cancelAnimationFrame(frame)
    controls.removeEventListener('start', start)
    controls.removeEventListener('end', end)
  }
}
