// The 3D half of <ProductViewer>, loaded on demand: three, R3F and the glTF
// loader stay out of the page's first bytes.
import { Canvas } from '@react-three/fiber'
import { NeutralToneMapping } from 'three'
import { ModelStage, type ModelStageProps } from './ModelStage'

export interface ViewerCanvasProps extends ModelStageProps {
  /** Called when the browser takes the GPU context away (driver reset, too many contexts). */
  onContextLost(): void
  /** Upper bound for the device pixel ratio (dynamic resolution lowers it). */
  maxDpr: number
}

export default function ViewerCanvas({ onContextLost, maxDpr, ...stage }: ViewerCanvasProps) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, maxDpr]}
      camera={{ fov: 30, position: [0, 1, 4] }}
      gl={{ antialias: true, alpha: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.toneMapping = NeutralToneMapping
        gl.toneMappingExposure = 1
        gl.domElement.addEventListener('webglcontextlost', (event) => {
          event.preventDefault()
          onContextLost()
        })
      }}
      style={{ position: 'absolute', inset: 0 }}
      aria-hidden
    >
      <ModelStage {...stage} />
    </Canvas>
  )
}
