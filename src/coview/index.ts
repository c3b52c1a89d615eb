// "Show it to an agent": a live shared view between shopper and sales agent,
// never the camera. Plain stores (shopper and mirror), a transport interface
// with its WebSocket implementation, and thin React bindings.
export { createCoview, type Coview, type CoviewOptions, type CoviewShopperState, type SharePhase } from './shopperStore'
export {
  createCoviewMirror,
  type CoviewMirror as CoviewMirrorStore,
  type CoviewMirrorOptions,
  type CoviewMirrorState,
  type MirrorStatus,
} from './mirrorStore'
export { coviewServer, type CoviewServer, type CoviewRoomTicket } from './server'
export {
  websocketTransport,
  type CoviewTransport,
  type CoviewTransportFactory,
  type CoviewTicket,
  type ConnectionStatus,
  type CloseReason,
  type TransportHandlers,
  type WebSocketTransportOptions,
} from './transport'
export {
  EMPTY_COVIEW_STATE,
  type CoviewState,
  type CoviewPatch,
  type CoviewOrbit,
  type CoviewArStatus,
  type CoviewTryOn,
  type CoviewSurface,
} from './state'
export type { CoviewSuggestion, SuggestionKind } from './protocol'
export { defaultCoviewStrings, type CoviewStrings } from './coviewStrings'
export { CoviewShare, type CoviewShareProps } from './CoviewShare'
export { CoviewInAr, type CoviewInArProps } from './CoviewInAr'
export { shareSurfaceEvent } from './surfaceEvents'
export { CoviewMirror, type CoviewMirrorProps } from './CoviewMirror'
export { CoviewSwatch } from './CoviewSwatch'
export { useCoviewShopper, type CoviewShopperBinding, type CoviewShopperInput } from './useCoviewShopper'
