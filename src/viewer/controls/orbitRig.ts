import { Spherical, Vector3, type PerspectiveCamera } from 'three'
import { OrbitControls } from 'three/addons/controls/OrbitControls.js'
import type { Framing } from '../staging/framing'

export type InteractionKind = 'orbit' | 'zoom' | 'pan' | 'keyboard'

export interface OrbitRig {
  controls: OrbitControls
  /** Rotate by degrees around the target (keyboard). */
  rotate(azimuthDeg: number, elevationDeg: number): void
  /** Multiply the distance to the target (keyboard zoom); clamped to the limits. */
  zoom(factor: number): void
  dispose(): void
}

/**
 * Orbit, zoom and pan for mouse, touch and keyboard, rendering only while the
 * view moves. Vertical page scroll keeps working on touch because the canvas
 * leaves pan-y to the browser and orbits on horizontal drags.
 */
export function createOrbitRig(
  camera: PerspectiveCamera,
  element: HTMLElement,
  framing: Framing,
  options: { autoRotate: boolean; onChange: () => void; onInteraction: (kind: InteractionKind) => void },
): OrbitRig {
  const controls = new OrbitControls(camera, element)
  controls.target.set(...framing.target)
  controls.minDistance = framing.minDistance
  controls.maxDistance = framing.maxDistance
  controls.maxPolarAngle = Math.PI * 0.55
  controls.enableDamping = true
  controls.dampingFactor = 0.12
  controls.autoRotate = options.autoRotate
  controls.autoRotateSpeed = 1
  controls.zoomToCursor = false
  controls.update()
  element.style.touchAction = 'pan-y'

  let lastWheel = 0
  const onWheel = () => {
    lastWheel = performance.now()
  }
  const pointers = new Set<number>()
  const onPointerDown = (e: PointerEvent) => pointers.add(e.pointerId)
  const onPointerUp = (e: PointerEvent) => pointers.delete(e.pointerId)
  element.addEventListener('wheel', onWheel, { capture: true, passive: true })
  element.addEventListener('pointerdown', onPointerDown, { capture: true })
  element.addEventListener('pointerup', onPointerUp, { capture: true })
  element.addEventListener('pointercancel', onPointerUp, { capture: true })
  controls.addEventListener('change', options.onChange)
  controls.addEventListener('start', () => {
    const kind: InteractionKind = performance.now() - lastWheel < 50 ? 'zoom' : pointers.size > 1 ? 'pan' : 'orbit'
    options.onInteraction(kind)
  })

  const offset = new Vector3()
  const spherical = new Spherical()
  const apply = (mutate: (s: Spherical) => void) => {
    offset.copy(camera.position).sub(controls.target)
    spherical.setFromVector3(offset)
    mutate(spherical)
    spherical.phi = Math.min(controls.maxPolarAngle, Math.max(0.05, spherical.phi))
    spherical.radius = Math.min(controls.maxDistance, Math.max(controls.minDistance, spherical.radius))
    camera.position.copy(controls.target).add(offset.setFromSpherical(spherical))
    camera.lookAt(controls.target)
    controls.update()
    options.onChange()
  }

  return {
    controls,
    rotate(azimuthDeg, elevationDeg) {
      apply((s) => {
        s.theta += (azimuthDeg * Math.PI) / 180
        s.phi -= (elevationDeg * Math.PI) / 180
      })
    },
    zoom(factor) {
      apply((s) => {
        s.radius *= factor
      })
    },
    dispose() {
      element.removeEventListener('wheel', onWheel, { capture: true })
      element.removeEventListener('pointerdown', onPointerDown, { capture: true })
      element.removeEventListener('pointerup', onPointerUp, { capture: true })
      element.removeEventListener('pointercancel', onPointerUp, { capture: true })
      controls.dispose()
    },
  }
}
