import type { ArMode } from './types'
import type { Placement } from '../product'

/** Every word "View in your room" shows, in one place for translation. */
export const arStrings: ArStrings = {
  button(mode: ArMode, placement: Placement): string {
    const where = placement === 'wall' ? 'on your wall' : 'in your room'
    switch (mode) {
      case 'webxr':
        return `View ${where}`
      case 'scene-viewer':
        return `View ${where} (opens Google's AR viewer)`
      case 'quick-look':
        return `View ${where} (opens AR Quick Look)`
      case 'qr':
        return `View ${where} on your phone`
    }
  },
  buttonHint(mode: ArMode): string {
    switch (mode) {
      case 'webxr':
        return 'Uses your camera. Nothing leaves your phone.'
      case 'scene-viewer':
        return "Opens the model in Google's viewer, then brings you back here."
      case 'quick-look':
        return "Opens the model in Apple's AR Quick Look."
      case 'qr':
        return 'Shows a QR code to scan with your phone.'
    }
  },
  searching: (placement: Placement) =>
    placement === 'wall'
      ? 'Point your phone at the wall and move it slowly'
      : 'Move your phone slowly to find the floor',
  searchingHint:
    'Still looking. Try more light, or aim at a surface with some texture (a rug, wood grain). Plain white walls are hard to track.',
  tapToPlace: (placement: Placement) => (placement === 'wall' ? 'Tap to hang it here' : 'Tap to place it here'),
  placed: 'Drag to move. Twist with two fingers to turn.',
  trackingLost: 'Tracking lost. Hold still and point at the area you scanned.',
  trackingResumed: 'Tracking is back.',
  loadingModel: 'Loading the model…',
  exit: 'Exit AR',
  replace: 'Re-place',
  snapshot: 'Take a photo',
  addToCart: 'Add to cart',
  askAbout: 'Ask about this',
  trueSize: 'True size',
  starting: 'Starting AR…',
  preparingUsdz: 'Preparing the 3D file for Quick Look…',
  qrTitle: 'Scan with your phone',
  qrBody: "Open your phone's camera and point it at this code to see this product in your room.",
  close: 'Close',
  unsupported: "AR isn't available on this device.",
  failed(reason: string, next?: ArMode, placement: Placement = 'floor'): string {
    const why =
      reason === 'session-rejected'
        ? "Your browser couldn't start AR."
        : reason === 'scene-viewer-unavailable'
          ? "Google's AR viewer isn't available on this phone."
          : reason === 'model-failed'
            ? "The 3D model couldn't be loaded."
            : reason === 'usdz-failed'
              ? "The 3D file for Quick Look couldn't be prepared."
              : 'AR stopped.'
    return next ? `${why} Trying: ${this.button(next, placement)}.` : `${why} ${this.unsupported}`
  },
}

/**
 * The words of "View in your room". Pass any subset as `strings` to `<RoomPlacement>`
 * (or `<ProductPreview strings={{ ar: … }}>`); functions receive what the sentence depends on.
 */
export interface ArStrings {
  /** The button, by mode and by where the product goes. */
  button(mode: ArMode, placement: Placement): string
  /** The line under the button: what the mode will do. */
  buttonHint(mode: ArMode): string
  searching(placement: Placement): string
  searchingHint: string
  tapToPlace(placement: Placement): string
  placed: string
  trackingLost: string
  trackingResumed: string
  loadingModel: string
  exit: string
  replace: string
  snapshot: string
  addToCart: string
  askAbout: string
  trueSize: string
  starting: string
  preparingUsdz: string
  qrTitle: string
  qrBody: string
  close: string
  unsupported: string
  /** Why a mode stopped and what is tried next. `this` is the merged strings object. */
  failed(this: ArStrings, reason: string, next?: ArMode, placement?: Placement): string
}
