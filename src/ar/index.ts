export { RoomPlacement, ArError, type RoomPlacementProps } from './RoomPlacement'
export { detectArModes, browserEnvironment, type ArEnvironment } from './capabilities'
export { readHandoff, handoffUrl } from './native/handoff'
export type { ArMode, ArStatus, ArSurface, ArAdjustKind, ArFailureReason, ArSessionControls } from './types'
