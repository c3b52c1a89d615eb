// The 3D half of <ProductViewer>, loaded on demand: three, R3F and the glTF
// loader stay out of the page's first bytes.
import { useEffect, useRef, useState } from 'react'
import { Canvas } from '@react-three/fiber'
import { NeutralToneMapping, type WebGLRenderer } from 'three'
import { ModelStage, type ModelStageProps } from './ModelStage'
import { DynamicResolution } from './DynamicResolution'

export interface ViewerCanvasProps extends ModelStageProps {
  /** Called when the browser takes the GPU context away (driver reset, too many contexts). */
  onContextLost(): void
  /** Upper bound for the device pixel ratio (dynamic resolution lowers it). */
  maxDpr: number
  /** Dynamic resolution changed the pixel ratio to this share of the device's. */
  onResolutionChange(scale: number): void
}

export default function ViewerCanvas({ onContextLost, maxDpr, onResolutionChange, ...stage }: ViewerCanvasProps) {
  const [gl, setGl] = useState<WebGLRenderer>()
  const [scale, setScale] = useState(1)
  const deviceRatio = Math.min(maxDpr, typeof devicePixelRatio === 'number' ? devicePixelRatio : 1)
  const onLost = useRef(onContextLost)
  onLost.current = onContextLost

  // R3F releases the context itself on unmount (forceContextLoss, which can
  // fire the event synchronously): that loss is ours, not the browser's.
  useEffect(() => {
    if (!gl) return
    const canvas = gl.domElement
    let releasing = false
    const release = gl.forceContextLoss.bind(gl)
    gl.forceContextLoss = () => { releasing = true; release() }
    const listener = (event: Event) => {
      if (releasing) return
      event.preventDefault()
      onLost.current()
    }
    canvas.addEventListener('webglcontextlost', listener)
    return () => canvas.removeEventListener('webglcontextlost', listener)
  }, [gl])

  return (
    <Canvas
      frameloop="demand"
      dpr={Math.max(0.5, deviceRatio * scale)}
      camera={{ fov: 30, position: [0, 1, 4] }}
      gl={{ antialias: true, alpha: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.toneMapping = NeutralToneMapping
        gl.toneMappingExposure = 1
        setGl(gl)
      }}
      style={{ position: 'absolute', inset: 0 }}
      aria-hidden
    >
      <ModelStage {...stage} />
      <DynamicResolution onScale={(next) => { setScale(next); onResolutionChange(next) }} />
    </Canvas>
  )
}
