/** How "View in your room" can run on this device, best first. */
export type ArMode = 'webxr' | 'scene-viewer' | 'quick-look' | 'qr'

/** What UI added inside a WebXR session (`<RoomPlacement inSession>`) can do there. */
export interface ArSessionControls {
  /** Shows another variant in place, as the in-AR swatches do (the product stays where it was put). */
  chooseVariant(variantId: string): void
}

/** Mirrors `data-ar-status` on the root element. */
export type ArStatus = 'not-presenting' | 'searching' | 'placed' | 'failed'

/** The kind of surface a product was placed on. */
export type ArSurface = 'floor' | 'wall'

/** Which gesture changed a placed product. */
export type ArAdjustKind = 'move' | 'rotate' | 'scale'

/** Why a mode could not run: carried by `ar_failed` and shown to the shopper. */
export type ArFailureReason =
  | 'session-rejected'
  | 'session-ended-early'
  | 'model-failed'
  | 'scene-viewer-unavailable'
  | 'usdz-failed'
  | 'qr-failed'
  | 'no-model'
