// Renderer counters for tests and the bench, kept off the public handle: the
// handle is registered here, and only `vitrine/testing` reads it back.
import type { RefObject } from 'react'
import type { StageApi } from '../stage/stageApi'

/** Renderer counters: frames drawn since mount, and live GPU geometries and textures. */
export type ViewerStats = ReturnType<StageApi['stats']>

const stages = new WeakMap<object, RefObject<StageApi | null>>()

/** Remembers which live stage a viewer handle belongs to. */
export function registerStatsProbe(handle: object, stage: RefObject<StageApi | null>): void {
  stages.set(handle, stage)
}

/** The counters of the stage behind `handle`, or null before the 3D view exists (or for an unknown handle). */
export function readViewerStats(handle: object | null | undefined): ViewerStats | null {
  if (!handle) return null
  return stages.get(handle)?.current?.stats() ?? null
}
