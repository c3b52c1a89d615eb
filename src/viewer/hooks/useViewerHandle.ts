import { useImperativeHandle, type Ref, type RefObject } from 'react'
import type { StageApi } from '../stage/stageApi'
import type { SnapshotOptions } from '../snapshot'

/** Imperative access through `ref`. */
export interface ProductViewerHandle {
  /** A PNG or JPEG of what the shopper sees, at the chosen size. Rejects before the model is shown. */
  snapshot(options?: SnapshotOptions): Promise<Blob>
  /** Starts loading again after an error. */
  retry(): void
  /** Renderer counters (frames drawn, live geometries and textures), or null before the 3D view exists. */
  stats(): ReturnType<StageApi['stats']> | null
  /** The model's size as shown, in metres [width, height, depth], or null before it is shown. */
  modelSize(): [number, number, number] | null
}

/** Binds the `ref` prop to the live stage. */
export function useViewerHandle(ref: Ref<ProductViewerHandle> | undefined, stage: RefObject<StageApi | null>, retry: () => void): void {
  useImperativeHandle(ref, () => ({
    snapshot: (options) => stage.current ? stage.current.snapshot(options)
      : Promise.reject(new Error('The 3D view is not ready yet: wait for onReady.')),
    retry,
    stats: () => stage.current?.stats() ?? null,
    modelSize: () => stage.current?.size() ?? null,
  }), [retry, stage])
}
