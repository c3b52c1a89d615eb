import { useImperativeHandle, type Ref, type RefObject } from 'react'
import type { StageApi } from '../stage/stageApi'
import type { SnapshotOptions } from '../snapshot'
import { registerStatsProbe } from './statsProbe'
import type { ViewerStore } from '../store/createViewerStore'

/** Imperative access through `ref`. */
export interface ProductViewerHandle {
  /** A PNG or JPEG of what the shopper sees, at the chosen size. Rejects before the model is shown. */
  snapshot(options?: SnapshotOptions): Promise<Blob>
  /** Starts loading again after an error. */
  retry(): void
  /** The model's size as shown, in metres [width, height, depth], or null before it is shown. */
  modelSize(): [number, number, number] | null
  /**
   * The camera around the model (degrees; zoom 1 = framed, 2 = twice as close), or null before it is shown.
   * With `to`, turns the camera there first (clamped to the viewer's limits): a shared view follows it.
   */
  orbit(to?: CameraOrbit): CameraOrbit | null
  /** The id of the hotspot whose card is open, or null: read from the viewer's store (a shared view follows it). */
  openHotspot(): string | null
}

/** Camera angles around the model and zoom, as `orbit()` reads and sets them. */
export interface CameraOrbit {
  azimuthDeg: number
  elevationDeg: number
  zoom: number
}

/** Binds the `ref` prop to the live stage. */
export function useViewerHandle(
  ref: Ref<ProductViewerHandle> | undefined,
  stage: RefObject<StageApi | null>,
  retry: () => void,
  store: ViewerStore,
): void {
  useImperativeHandle(ref, () => {
    const handle: ProductViewerHandle = {
      snapshot: (options) =>
        stage.current
          ? stage.current.snapshot(options)
          : Promise.reject(new Error('The 3D view is not ready yet: wait for onReady.')),
      retry,
      modelSize: () => stage.current?.size() ?? null,
      orbit: (to) => {
        const live = stage.current
        if (!live) return null
        if (to) {
          const now = live.view()
          // The shortest way round, then the elevation and zoom steps the shopper's own controls would take.
          live.rotate(
            ((((to.azimuthDeg - now.azimuthDeg + 180) % 360) + 360) % 360) - 180,
            to.elevationDeg - now.elevationDeg,
          )
          if (to.zoom > 0) live.zoom(now.zoom / to.zoom)
        }
        return live.view()
      },
      openHotspot: () => store.getState().openHotspot,
    }
    // Frames and GPU counters stay reachable for tests (vitrine/testing's viewerStats), not on the type.
    registerStatsProbe(handle, stage)
    return handle
  }, [retry, stage, store])
}
