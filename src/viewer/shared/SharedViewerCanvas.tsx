// The 3D half of <ProductViewer> on a page with many viewers, loaded on
// demand: every view draws through the page's one shared WebGL context and
// shows its frames on its own 2D canvas. No R3F root here: a root owns a
// renderer, and the point is that the views do not.
import { useEffect, useRef } from 'react'
import { PerspectiveCamera, Scene } from 'three'
import { createStage } from '../stage/createStage'
import { latestCallbacks } from '../stage/latestCallbacks'
import { renderSnapshot } from '../snapshot'
import type { ViewerCanvasProps } from '../ViewerCanvas'
import { acquireSharedRenderer, type SharedView } from './sharedRenderer'
import { markSharedUnavailable } from './contextMode'
import { useLatest } from '../../react/useLatest'

/** Same props as the own-context canvas, so the shell can pick either. */
export default function SharedViewerCanvas({
  onContextLost,
  maxDpr,
  onResolutionChange: _unused,
  ...props
}: ViewerCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const latest = useLatest(props)
  const stageRef = useRef<ReturnType<typeof createStage>>(null)
  const lost = useLatest(onContextLost)

  useEffect(() => {
    const canvas = canvasRef.current!
    let held: ReturnType<typeof acquireSharedRenderer>
    try {
      held = acquireSharedRenderer()
    } catch (err) {
      // One shared context cannot serve here: this viewer and the next fall back to their own (with the budget).
      console.warn('[vitrine] the shared WebGL renderer could not start; viewers use their own contexts', err)
      markSharedUnavailable()
      lost.current()
      return
    }
    const { shared } = held
    const gl = shared.renderer
    const scene = new Scene()
    const camera = new PerspectiveCamera(30, 1, 0.1, 100)
    const frameListeners = new Set<() => void>()
    const view: SharedView = {
      canvas,
      pixelRatio: () => Math.min(maxDpr, devicePixelRatio || 1),
      render: (renderer) => {
        const aspect = canvas.clientWidth / Math.max(1, canvas.clientHeight)
        if (camera.aspect !== aspect) {
          camera.aspect = aspect
          camera.updateProjectionMatrix()
        }
        renderer.render(scene, camera)
      },
      drawn: () => {
        for (const listener of [...frameListeners]) listener()
      },
      lost: () => lost.current(),
    }
    const remove = shared.add(view)
    const callbacks = latestCallbacks(latest)
    const stage = createStage(
      {
        gl,
        scene,
        camera,
        element: canvas,
        invalidate: () => shared.invalidate(view),
        aspect: () => canvas.clientWidth / Math.max(1, canvas.clientHeight),
        onFrame: (listener) => {
          frameListeners.add(listener)
          return () => frameListeners.delete(listener)
        },
        snapshot: (options) => shared.withoutScissor(() => renderSnapshot(gl, scene, camera, options)),
      },
      {
        src: props.src,
        environment: props.environment,
        variantName: latest.current.variantName,
        autoRotate: props.autoRotate,
      },
      callbacks,
    )
    stageRef.current = stage
    const resize = new ResizeObserver(() => shared.invalidate(view))
    resize.observe(canvas)
    return () => {
      resize.disconnect()
      stage.dispose()
      stageRef.current = null
      remove()
      held.release()
    }
  }, [props.src, props.environment, props.autoRotate, maxDpr, latest, lost])

  useEffect(() => {
    stageRef.current?.setVariant(props.variantName)
  }, [props.variantName])

  return (
    <canvas
      ref={canvasRef}
      style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', display: 'block' }}
      aria-hidden
    />
  )
}
