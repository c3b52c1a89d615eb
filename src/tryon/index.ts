export { LipTryOn, type LipTryOnProps, type LipTryOnHandle, type TryOnError } from './LipTryOn'
export type { TryOnStatus, TryOnMode } from './tryOnController'
export { suggestShades, type Suggestion } from './suggestions'
export { faceAssetMap, FACE_MESH_FILES } from './faceAssets'
