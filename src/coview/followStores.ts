// The shared state read from the surfaces' own plain stores rather than the
// page: the try-on's intensity from its TryOnStore, the camera and the open
// hotspot from the viewer (its handle reads its store). No DOM is read.
import type { TryOnStore } from '../tryon/tryOnStore'
import type { ProductViewerHandle } from '../viewer/ProductViewer'
import type { Coview } from './shopperStore'
import { roundOrbit } from './state'

/** Keeps the shared try-on intensity equal to the try-on store's; returns the unsubscribe function. */
export function followTryOnStore(coview: Coview, tryOn: TryOnStore): () => void {
  const share = () => {
    const { intensity } = tryOn.getState()
    const shared = coview.getState().shared.tryon
    if (shared.intensity !== intensity) coview.update({ tryon: { ...shared, intensity } })
  }
  share()
  return tryOn.subscribe(share)
}

/** Shares the viewer's camera (rounded, so jitter is no change) and its open hotspot, as they are now. */
export function readViewer(coview: Coview, viewer: ProductViewerHandle | null): void {
  if (!viewer) return
  const o = viewer.orbit()
  if (o) coview.update({ orbit: roundOrbit({ azimuth: o.azimuthDeg, elevation: o.elevationDeg, zoom: o.zoom }) })
  coview.update({ hotspot: viewer.openHotspot() })
}
