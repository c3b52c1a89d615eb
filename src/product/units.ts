import type { Dimensions } from './schema'

const METRES_PER_UNIT = { m: 1, cm: 0.01, mm: 0.001, in: 0.0254 } as const

/** Manifest dimensions in metres, as [width, height, depth]. */
export function toMetres(d: Dimensions): [number, number, number] {
  const k = METRES_PER_UNIT[d.unit]
  return [d.width * k, d.height * k, d.depth * k]
}
