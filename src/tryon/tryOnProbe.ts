// The try-on's read-out for tests and the bench, kept off the public handle: the
// handle is registered here, and only `vitrine/testing` reads it back.
import type { LipContours } from './lipGeometry'
import type { TryOnStats } from './tryOnStats'
import type { TryOnMode, TryOnState, TryOnStatus } from './tryOnStore'

/** Current state and the lip contours drawn last. Stays in memory, never sent. */
export interface TryOnInspection {
  status: TryOnStatus
  mode: TryOnMode | null
  lips: LipContours | null
  width: number
  height: number
  frameLatencies: number[]
  firstFaceMs: number | null
  firstPreviewMs: number | null
  stages: TryOnStats['stages']
  filesFromCache: number
  state: TryOnState
}

const probes = new WeakMap<object, () => TryOnInspection>()

/** Remembers how to inspect the try-on behind `handle`. */
export function registerTryOnProbe(handle: object, inspect: () => TryOnInspection): void {
  probes.set(handle, inspect)
}

/** The read-out of the try-on behind `handle`, or null for no handle (or one this try-on did not make). */
export function readTryOnProbe(handle: object | null | undefined): TryOnInspection | null {
  return handle ? (probes.get(handle)?.() ?? null) : null
}
