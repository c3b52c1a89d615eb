// The adapter from the surfaces' public events to the shared state: the
// viewer, "View in your room" and try-on already say what the shopper does
// through `onEvent`; this turns each event into a change of CoviewState.
import type { TrackInput } from '../events/types'
import type { CoviewPatch, CoviewState } from './state'
import type { Coview } from './shopperStore'

const round2 = (n: number) => Math.round(n * 100) / 100

/** The change an event of a surface makes to the shared state, or null for events that do not change it. */
export function patchForEvent(event: TrackInput, current: CoviewState): CoviewPatch | null {
  const props = event.props ?? {}
  switch (event.name) {
    case 'variant_selected':
      return event.variantId ? { variant: event.variantId } : null
    case 'dimensions_toggled':
      return { dimensions: props.shown === true }
    case 'hotspot_opened':
      return { hotspot: typeof props.hotspot_id === 'string' ? props.hotspot_id : null }
    case 'shade_selected':
      return event.shadeId ? { tryon: { ...current.tryon, shade: event.shadeId } } : null
    case 'ar_started':
      return { surface: 'ar', ar: { status: 'searching' } }
    case 'ar_tracking_lost':
      return current.surface === 'ar' ? { ar: { status: 'searching' } } : null
    case 'ar_placed': {
      const surface =
        props.surface === 'floor' || props.surface === 'wall' || props.surface === 'table' ? props.surface : null
      const distance =
        typeof props.distance_m === 'number' && Number.isFinite(props.distance_m)
          ? round2(Math.max(0, props.distance_m))
          : null
      return { surface: 'ar', ar: { status: 'placed', surface, distance } }
    }
    case 'ar_ended':
    case 'ar_failed':
      return { surface: 'viewer', ar: { status: 'off' } }
    case 'tryon_started':
      return { surface: 'tryon' }
    case 'tryon_ended':
      return { surface: 'viewer' }
    default:
      return null
  }
}

/** Feeds one event of a surface into the shopper's co-view (a no-op for events that change nothing shared). */
export function shareSurfaceEvent(coview: Coview | undefined, event: TrackInput): void {
  if (!coview) return
  const patch = patchForEvent(event, coview.getState().shared)
  if (patch) coview.update(patch)
}

/** Where a hotspot faces: the camera angles that look straight at its surface normal. */
export function orbitFacing(normal: readonly [number, number, number] | undefined): {
  azimuth: number
  elevation: number
} {
  const [x, y, z] = normal ?? [0, 0, 1]
  const length = Math.hypot(x, y, z) || 1
  const azimuth = Math.abs(x) + Math.abs(z) < 1e-6 ? 0 : (Math.atan2(x, z) * 180) / Math.PI
  const elevation = (Math.asin(Math.max(-1, Math.min(1, y / length))) * 180) / Math.PI
  // Straight down or up is never a good view: stay between slightly below and well above the horizon.
  return { azimuth, elevation: Math.max(-5, Math.min(60, elevation)) }
}
