import { useEffect, useRef } from 'react'
import { addAfterEffect, useThree } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import type { EnvironmentSource } from '../model'
import { createStage, type Stage, type StageCallbacks } from './stage/createStage'
import { latestCallbacks } from './stage/latestCallbacks'
import { useLatest } from '../react/useLatest'

export type { StageApi } from './stage/stageApi'

export interface ModelStageProps extends StageCallbacks {
  src: string
  variantName?: string
  environment: EnvironmentSource
  autoRotate: boolean
}

/** Binds a framework-free stage (src/viewer/stage) to an R3F root: its renderer, scene, camera and frame loop. */
export function ModelStage(props: ModelStageProps) {
  const { gl, scene, camera, invalidate, size } = useThree()
  const latest = useLatest(props)
  const stage = useRef<Stage>(null)
  const aspect = useRef(1)
  aspect.current = size.width / Math.max(1, size.height)

  useEffect(() => {
    const callbacks = latestCallbacks(latest)
    const host = {
      gl,
      scene,
      camera: camera as PerspectiveCamera,
      element: gl.domElement,
      invalidate: () => invalidate(),
      aspect: () => aspect.current,
      onFrame: (listener: () => void) => addAfterEffect(() => listener()),
    }
    const created = createStage(
      host,
      {
        src: props.src,
        environment: props.environment,
        variantName: latest.current.variantName,
        autoRotate: props.autoRotate,
      },
      callbacks,
    )
    stage.current = created
    return () => {
      created.dispose()
      stage.current = null
    }
  }, [props.src, props.environment, props.autoRotate, gl, scene, camera, invalidate, latest])

  useEffect(() => {
    stage.current?.setVariant(props.variantName)
  }, [props.variantName])

  return null
}
