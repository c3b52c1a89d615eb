/** Every word the overlays show. Pass a partial object to translate or rephrase. */
export interface OverlayStrings {
  width: string
  height: string
  depth: string
  /** Name of the group of dimension labels, for screen readers. */
  dimensions: string
  /** Note when the manifest lists no size: the labels come from the model. */
  measuredSize: string
  /** Note when the listed size matches the model's. */
  trueSize: string
  /** Note when they differ: the labels show `shown`, the listing says `listed` (both with their axis word). */
  mismatch: (shown: string, listed: string) => string
  /** Name of the hotspot card's close button. */
  close: string
}

/** The words of the dimension lines and hotspots by default; pass a partial copy as `strings.overlays` to change some. */
export const defaultOverlayStrings: OverlayStrings = {
  width: 'Width',
  height: 'Height',
  depth: 'Depth',
  dimensions: 'Dimensions',
  measuredSize: 'Measured from the 3D model.',
  trueSize: 'True size, as listed.',
  mismatch: (shown, listed) => `Shown at the model's measured size, ${shown}. The listing says ${listed}.`,
  close: 'Close',
}
