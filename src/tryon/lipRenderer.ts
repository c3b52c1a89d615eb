import * as THREE from 'three'
import type { Shade } from '../product/schema'
import { buildLipMesh, bounds, type LipContours } from './lipGeometry'
import {
  COMPOSITE_FRAGMENT,
  COMPOSITE_VERTEX,
  FINISH_CODE,
  FINISH_OPACITY,
  MASK_FRAGMENT,
  MASK_VERTEX,
} from './finishShader'

export interface LipRenderState {
  shade: Shade | null
  /** 0..1, scales the shade's opacity. */
  intensity: number
  /** 0..1 across the screen: left of it shows the bare lips. 0 = all "after". */
  split: number
  /** Selfie view: flip horizontally. */
  mirror: boolean
}

/** A mesh drawn in screen space by its own shader: no depth test, never culled (its positions are not the camera's). */
function screenMesh(geometry: THREE.BufferGeometry, material: THREE.ShaderMaterialParameters): THREE.Mesh {
  const mesh = new THREE.Mesh(geometry, new THREE.ShaderMaterial({ ...material, depthTest: false }))
  mesh.frustumCulled = false
  return mesh
}

/**
 * Draws a source frame with lipstick on it: the lip ring mesh goes into a mask
 * target (coverage, position across the lip, lower-lip flag), then one
 * full-screen pass composites shade and finish over the frame.
 */
export class LipRenderer {
  readonly canvas: HTMLCanvasElement
  private readonly renderer: THREE.WebGLRenderer
  private readonly sourceTexture = new THREE.Texture()
  private readonly maskTarget: THREE.WebGLRenderTarget
  private readonly maskScene = new THREE.Scene()
  private readonly maskCamera = new THREE.OrthographicCamera(0, 1, 0, 1, -1, 1)
  private readonly maskGeometry = new THREE.BufferGeometry()
  private readonly compositeScene = new THREE.Scene()
  private readonly compositeCamera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1)
  private readonly uniforms = {
    tSource: { value: this.sourceTexture as THREE.Texture },
    tMask: { value: null as THREE.Texture | null },
    uColor: { value: new THREE.Vector3(0.5, 0.1, 0.1) },
    uOpacity: { value: 0.9 },
    uIntensity: { value: 1 },
    uSplit: { value: 0 },
    uMirror: { value: 0 },
    uMeanLuma: { value: 0.2 },
    uTime: { value: 0 },
    uFinish: { value: 1 },
    uSize: { value: new THREE.Vector2(1, 1) },
  }
  private source: ImageBitmap | null = null
  private hasLips = false
  private readonly probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!

  constructor(canvas?: HTMLCanvasElement) {
    this.canvas = canvas ?? document.createElement('canvas')
    // preserveDrawingBuffer: snapshot() and the tests read back exactly what is on screen.
    this.renderer = new THREE.WebGLRenderer({
      canvas: this.canvas,
      antialias: false,
      alpha: false,
      preserveDrawingBuffer: true,
    })
    this.renderer.outputColorSpace = THREE.LinearSRGBColorSpace // the shader does its own sRGB maths
    this.renderer.autoClear = true
    this.sourceTexture.colorSpace = THREE.NoColorSpace
    this.sourceTexture.flipY = false
    this.sourceTexture.generateMipmaps = false
    this.sourceTexture.minFilter = THREE.LinearFilter
    // No MSAA: the mesh's own coverage ramp already anti-aliases the edges, and resolving costs on software GPUs.
    this.maskTarget = new THREE.WebGLRenderTarget(1, 1, { depthBuffer: false })
    this.uniforms.tMask.value = this.maskTarget.texture
    this.maskGeometry.setAttribute('position', new THREE.BufferAttribute(new Float32Array(0), 3))
    this.maskScene.add(
      screenMesh(this.maskGeometry, {
        vertexShader: MASK_VERTEX,
        fragmentShader: MASK_FRAGMENT,
        side: THREE.DoubleSide,
      }),
    )
    this.compositeScene.add(
      screenMesh(new THREE.PlaneGeometry(2, 2), {
        vertexShader: COMPOSITE_VERTEX,
        fragmentShader: COMPOSITE_FRAGMENT,
        uniforms: this.uniforms,
      }),
    )
  }

  get width() {
    return this.source?.width ?? 0
  }
  get height() {
    return this.source?.height ?? 0
  }

  private framesSinceLuma = Infinity
  private knownLuma: number | null = null

  /**
   * Takes ownership of `frame` (closes the previous one) and the lips found on it.
   * `fresh` (a new photo, a face just found) re-measures the lips' brightness now;
   * otherwise it is re-measured every few frames: reading pixels back is the
   * costliest part of a frame on a software GPU, and lighting changes slowly.
   */
  setFrame(frame: ImageBitmap, lips: LipContours | null, fresh = true, lipLuma: number | null = null): void {
    if (fresh) this.framesSinceLuma = Infinity
    this.knownLuma = lipLuma
    if (this.source && this.source !== frame) this.source.close()
    this.source = frame
    const { width, height } = frame
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.renderer.setSize(width, height, false)
      this.maskTarget.setSize(width, height)
      this.maskCamera.right = width
      this.maskCamera.bottom = height
      this.maskCamera.updateProjectionMatrix()
      this.uniforms.uSize.value.set(width, height)
    }
    // A fresh texture object per size change is not needed: three re-uploads on needsUpdate.
    this.sourceTexture.image = frame
    this.sourceTexture.needsUpdate = true
    this.setLips(lips)
  }

  private setLips(lips: LipContours | null) {
    this.hasLips = !!lips
    if (!lips) return
    const mesh = buildLipMesh(lips, Math.max(1.5, bounds(lips.outer).width / 60))
    const positions = new Float32Array((mesh.positions.length / 2) * 3)
    for (let i = 0; i < mesh.positions.length / 2; i++) {
      positions[i * 3] = mesh.positions[i * 2]
      positions[i * 3 + 1] = mesh.positions[i * 2 + 1]
    }
    this.maskGeometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
    this.maskGeometry.setAttribute('lip', new THREE.BufferAttribute(mesh.attributes, 3))
    this.maskGeometry.setIndex(new THREE.BufferAttribute(mesh.indices, 1))
    if (this.knownLuma !== null && Number.isFinite(this.knownLuma)) {
      // Measured by the worker on the camera frame's own pixels: no read-back here.
      this.uniforms.uMeanLuma.value = this.knownLuma
      this.framesSinceLuma = 0
    } else if (++this.framesSinceLuma >= 15) {
      this.uniforms.uMeanLuma.value = this.meanLipLuma(lips)
      this.framesSinceLuma = 0
    }
  }

  /** Mean linear luminance of the lips, read from a small copy of the lip area. */
  private meanLipLuma({ outer, inner }: LipContours): number {
    const src = this.source
    if (!src) return 0.2
    const b = bounds(outer)
    const w = 48,
      h = 24
    const c = this.probe.canvas
    if (c.width !== w) {
      c.width = w
      c.height = h
    }
    this.probe.drawImage(src, b.minX, b.minY, Math.max(b.width, 1), Math.max(b.height, 1), 0, 0, w, h)
    const data = this.probe.getImageData(0, 0, w, h).data
    const lin = (v: number) => {
      const c = v / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    let sum = 0,
      n = 0
    for (let i = 0; i < outer.length; i++) {
      // Samples a third and two thirds of the way across the lip, away from both edges.
      for (const t of [0.33, 0.66]) {
        const x = outer[i][0] + (inner[i][0] - outer[i][0]) * t
        const y = outer[i][1] + (inner[i][1] - outer[i][1]) * t
        const px = Math.min(w - 1, Math.max(0, Math.floor(((x - b.minX) / Math.max(b.width, 1)) * w)))
        const py = Math.min(h - 1, Math.max(0, Math.floor(((y - b.minY) / Math.max(b.height, 1)) * h)))
        const k = (py * w + px) * 4
        sum += 0.2126 * lin(data[k]) + 0.7152 * lin(data[k + 1]) + 0.0722 * lin(data[k + 2])
        n++
      }
    }
    return n ? sum / n : 0.2
  }

  render(state: LipRenderState, timeMs = 0): void {
    if (!this.source) return
    const u = this.uniforms
    const shade = state.shade
    u.uMirror.value = state.mirror ? 1 : 0
    u.uSplit.value = state.split
    u.uIntensity.value = shade && this.hasLips ? state.intensity : 0
    u.uTime.value = timeMs / 1000
    if (shade) {
      const c = new THREE.Color(shade.color) // three converts the sRGB hex to linear
      u.uColor.value.set(c.r, c.g, c.b)
      u.uFinish.value = FINISH_CODE[shade.finish]
      u.uOpacity.value = shade.opacity ?? FINISH_OPACITY[shade.finish]
    }
    this.renderer.setRenderTarget(this.maskTarget)
    this.renderer.setClearColor(0x000000, 0)
    this.renderer.clear()
    if (this.hasLips) this.renderer.render(this.maskScene, this.maskCamera)
    this.renderer.setRenderTarget(null)
    this.renderer.render(this.compositeScene, this.compositeCamera)
  }

  /** PNG of what is on screen. */
  toBlob(): Promise<Blob> {
    return new Promise((resolve, reject) =>
      this.canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('snapshot failed'))), 'image/png'),
    )
  }

  dispose(): void {
    this.source?.close()
    this.source = null
    this.maskTarget.dispose()
    this.maskGeometry.dispose()
    this.sourceTexture.dispose()
    this.renderer.dispose()
  }
}
