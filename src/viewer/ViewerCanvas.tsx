// The 3D half of <ProductViewer>, loaded on demand: three, R3F and the glTF
// loader stay out of the page's first bytes.
//
// R3F's <Canvas> calls `extend(THREE)`, which keeps the whole three namespace
// in the bundle (R3F docs, "tree-shaking"). This file drives an R3F root with
// `createRoot` instead and registers no JSX elements: the stage builds its
// objects imperatively, so the bundler keeps only the three classes it uses.
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createRoot, type ReconcilerRoot, type RootState } from '@react-three/fiber'
import { NeutralToneMapping } from 'three'
import { ViewerError } from '../model'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { ModelStage, type ModelStageProps } from './ModelStage'
import { DynamicResolution } from './DynamicResolution'
import { watchContextLoss } from './watchContextLoss'
import { useLatest } from '../react/useLatest'

export interface ViewerCanvasProps extends ModelStageProps {
  /** Called when the browser takes the GPU context away (driver reset, too many contexts). */
  onContextLost(): void
  /** Upper bound for the device pixel ratio (dynamic resolution lowers it). */
  maxDpr: number
  /** Dynamic resolution changed the pixel ratio to this share of the device's. */
  onResolutionChange(scale: number): void
}

// Module constants: R3F compares configuration by value on every configure().
const GL = { antialias: true, alpha: true, powerPreference: 'high-performance' } as const
const CAMERA = { fov: 30, position: [0, 1, 4] as [number, number, number] }

interface Size {
  width: number
  height: number
  top: number
  left: number
}

export default function ViewerCanvas({ onContextLost, maxDpr, onResolutionChange, ...stage }: ViewerCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement>>(null)
  // Set when WebGL could not start: nothing more to render. (R3F before 9.1 has no `root.ready`.)
  const failed = useRef(false)
  // The canvas outlives the view (a page or a devtool may hold its context): its listener must not hold the view.
  const stopWatching = useRef<() => void>(undefined)
  const [size, setSize] = useState<Size>()
  const [scale, setScale] = useState(1)
  const latest = useLatest({ onContextLost, onError: stage.onError })
  const deviceRatio = Math.min(maxDpr, typeof devicePixelRatio === 'number' ? devicePixelRatio : 1)

  // The canvas fills its positioned parent; R3F sizes the drawing buffer from this.
  useLayoutEffect(() => {
    const box = canvasRef.current?.parentElement
    if (!box) return
    const measure = () => {
      const { width, height, top, left } = box.getBoundingClientRect()
      setSize((last) => (last && last.width === width && last.height === height ? last : { width, height, top, left }))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(box)
    return () => observer.disconnect()
  }, [])

  useLayoutEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !size || size.width <= 0 || size.height <= 0) return
    const r = (root.current ??= createRoot(canvas))
    r.configure({
      gl: GL,
      camera: CAMERA,
      frameloop: 'demand',
      dpr: Math.max(0.5, deviceRatio * scale),
      size,
      onCreated: (state: RootState) => {
        state.gl.toneMapping = NeutralToneMapping
        state.gl.toneMappingExposure = 1
        stopWatching.current = watchContextLoss(state.gl, () => latest.current.onContextLost())
      },
    }).catch((err: unknown) => {
      failed.current = true
      latest.current.onError(
        new ViewerError(
          'webgl-unavailable',
          `WebGL could not start: ${String((err as Error)?.message ?? err)}`,
          undefined,
          { cause: err },
        ),
      )
    })
    if (failed.current) return
    r.render(
      <ErrorBoundary
        onError={(err) =>
          latest.current.onError(
            err instanceof ViewerError
              ? err
              : new ViewerError('corrupt', String((err as Error)?.message ?? err), undefined, { cause: err }),
          )
        }
      >
        <ModelStage {...stage} />
        <DynamicResolution
          onScale={(next) => {
            setScale(next)
            onResolutionChange(next)
          }}
        />
      </ErrorBoundary>,
    )
  })

  useEffect(
    () => () => {
      stopWatching.current?.()
      root.current?.unmount()
      root.current = null
    },
    [],
  )

  return <canvas ref={canvasRef} style={{ position: 'absolute', inset: 0, display: 'block' }} aria-hidden />
}
