// What a shopper shares with an agent: the product view, never the camera.
// A small framework-free record that the surfaces (viewer, AR, try-on) feed
// through `update()`; the relay and the agent's mirror see only this.

/** Where the shopper is looking at the product. */
export type CoviewSurface = 'viewer' | 'ar' | 'tryon'

/** The inline viewer's camera around the model: degrees, and zoom (1 = the framed view, 2 = twice as close). */
export interface CoviewOrbit {
  azimuth: number
  elevation: number
  zoom: number
}

/** "View in your room": searching for a surface, or placed on one at a distance (metres). */
export interface CoviewArStatus {
  status: 'off' | 'searching' | 'placed'
  surface?: 'floor' | 'wall' | 'table' | null
  distance?: number | null
}

/** Try-on: the shade and how strongly it is applied (0..1). No face, no image, no landmark. */
export interface CoviewTryOn {
  shade: string | null
  intensity: number
}

/** The whole shared state. Every field is small and typed; nothing here can carry an image. */
export interface CoviewState {
  productId: string | null
  surface: CoviewSurface
  variant: string | null
  orbit: CoviewOrbit | null
  dimensions: boolean
  hotspot: string | null
  ar: CoviewArStatus
  tryon: CoviewTryOn
}

/** A change to the shared state: any subset of its fields. */
export type CoviewPatch = Partial<CoviewState>

/** The state before the shopper has done anything. */
export const EMPTY_COVIEW_STATE: CoviewState = Object.freeze({
  productId: null,
  surface: 'viewer',
  variant: null,
  orbit: null,
  dimensions: false,
  hotspot: null,
  ar: { status: 'off' },
  tryon: { shade: null, intensity: 1 },
}) as CoviewState

/** The keys of CoviewState, in a stable order. */
export const COVIEW_STATE_KEYS = Object.keys(EMPTY_COVIEW_STATE) as (keyof CoviewState)[]

/** Rounds the orbit so sub-pixel jitter is not a change: 0.1 degree, zoom to 1/1000. */
export function roundOrbit(orbit: CoviewOrbit): CoviewOrbit {
  const r = (v: number, step: number) => Math.round(v / step) * step
  const azimuth = ((((orbit.azimuth + 180) % 360) + 360) % 360) - 180
  return {
    azimuth: +r(azimuth, 0.1).toFixed(1),
    elevation: +r(orbit.elevation, 0.1).toFixed(1),
    zoom: +r(orbit.zoom, 0.001).toFixed(3),
  }
}
