// The public API of `vitrine`: an explicit list, so what a store can rely on is visible here.
// AR's heavy parts and the whole try-on load lazily, on the shopper's tap.

// Components
export { ProductPreview } from './preview/ProductPreview'
export type { ProductPreviewProps, AddToCartRequest } from './preview/ProductPreview'
export { ProductViewer, ViewerError, setAssetBase, defaultOverlayStrings, formatLength, checkTrueSize } from './viewer'
export type {
  ProductViewerProps,
  ProductViewerHandle,
  ViewerErrorCode,
  SnapshotOptions,
  EnvironmentSource,
  OverlayStrings,
} from './viewer'
export { setMaxLiveViewers } from './viewer/contextBudget'
export { RoomPlacement, ArError, detectArModes, readHandoff, handoffUrl } from './ar'
export type { RoomPlacementProps, ArEnvironment, ArMode, ArStatus, ArSurface, ArSessionControls } from './ar'
export { LipTryOn } from './tryon/LazyLipTryOn'
export { TryOnError, type TryOnErrorCode } from './tryon/TryOnError'
export type { LipTryOnProps, LipTryOnHandle } from './tryon/LipTryOn'
export { prefetchTryOn } from './tryon/prefetch'
export { TRYON_TEXT, type TryOnStrings } from './tryon/strings'
export type { TryOnStatus, TryOnMode } from './tryon/tryOnController'

// Show it to an agent: a live shared view (never the camera)
export {
  createCoview,
  createCoviewMirror,
  coviewServer,
  websocketTransport,
  CoviewShare,
  CoviewInAr,
  shareSurfaceEvent,
  CoviewMirror,
  CoviewSwatch,
  defaultCoviewStrings,
  EMPTY_COVIEW_STATE,
} from './coview'
export type {
  Coview,
  CoviewOptions,
  CoviewShopperState,
  CoviewMirrorStore,
  CoviewMirrorState,
  CoviewServer,
  CoviewTransport,
  CoviewTransportFactory,
  CoviewTicket,
  CoviewState,
  CoviewPatch,
  CoviewOrbit,
  CoviewSuggestion,
  CoviewStrings,
  CoviewShareProps,
  CoviewInArProps,
  CoviewMirrorProps,
} from './coview'

// Store wiring
export { VitrineProvider, useVitrine } from './react/VitrineProvider'
export type { VitrineProviderProps, VitrineContextValue } from './react/VitrineProvider'
export type { TrackInput, VitrineEvent, Surface, EventProps, TrackerLike } from './events/types'
export type { ChatLike, ChatContextUpdate } from './chat/types'

// Errors: every component reports a VitrineError (code, surface, message, cause)
export { VitrineError, isVitrineError, type ErrorSurface } from './errors/VitrineError'

// Manifest
export { parseProduct, assertProduct, ProductError, toMetres, PRODUCT_KINDS, PLACEMENTS, FINISHES } from './product'
export type {
  Product,
  ProductInput,
  ProductSource,
  ProductKind,
  Placement,
  Finish,
  Variant,
  Shade,
  Hotspot,
  Dimensions,
  ParseProductResult,
} from './product'

// Text
export { defaultViewerStrings, type ViewerStrings } from './ui/strings'
export { defaultPreviewStrings, type PreviewStrings } from './preview/previewStrings'
