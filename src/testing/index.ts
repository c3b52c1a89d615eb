// `vitrine/testing`: read-outs for tests, stories and devtools. Not part of
// the component props: a store's app never needs these.
import { createElement, type ReactNode } from 'react'
import { ArProbeContext, type ArProbe, type ArProbeRef } from '../ar/webxr/probe'
import type { ProductViewerHandle } from '../viewer'
import { readViewerStats, type ViewerStats } from '../viewer/hooks/statsProbe'
import type { LipTryOnHandle } from '../tryon/tryOnHandle'
import { readTryOnProbe, type TryOnInspection } from '../tryon/tryOnProbe'

export type { ArProbe, ArProbeRef }

/**
 * Gives every `<RoomPlacement>` inside it a live read-out of its AR scene (hit, reticle,
 * product pose and box, variant, frames), written into `probe.current` every frame.
 */
export function ArProbeProvider({ probe, children }: { probe: ArProbeRef; children?: ReactNode }) {
  return createElement(ArProbeContext.Provider, { value: probe }, children)
}

export type { ViewerStats }

/**
 * Renderer counters of a `<ProductViewer>` (frames drawn since mount, live GPU geometries and textures), read
 * through its `ref` handle; null before the 3D view exists. For tests and the bench: not on the public handle.
 */
export function viewerStats(handle: ProductViewerHandle | null | undefined): ViewerStats | null {
  return readViewerStats(handle)
}

export type { TryOnInspection }

/**
 * The state of a `<LipTryOn>` read through its `ref` handle: status, mode, the lip contours drawn last, frame
 * latencies and start-up timings. In memory only, never sent. For tests and the bench: not on the public handle.
 */
export function tryOnInspect(handle: LipTryOnHandle | null | undefined): TryOnInspection | null {
  return readTryOnProbe(handle)
}
