// The shared 3D engine: glTF download, parse, cache, variants, decoders and
// lighting. The viewer and AR import it from here only; it imports neither.
// Light modules (bytes, errors) and heavy ones (three's loaders) sit side by
// side: the package is side-effect free, so a shell that only needs
// `downloadModel` does not pull in three.
export { ViewerError, toViewerError, type ViewerErrorCode } from './ViewerError'
export { fetchWithProgress, type ProgressCallback } from './fetchWithProgress'
export { downloadModel, forgetModelBytes } from './modelBytes'
export { readExtensions, readExtensionsUsed, SUPPORTED_EXTENSIONS, type ExtensionUse } from './gltfExtensions'
export { acquireModel, adoptMaterial, modelCacheStats, type AcquireOptions, type ModelHandle } from './modelCache'
export { applyVariant } from './variants'
export { textureFailuresOf, type TextureFailure } from './textureFailures'
export { listVariantNames } from './variantNames'
export { disposeObjects } from './disposeGltf'
export { setAssetBase } from './decoders'
export { createEnvironment, type EnvironmentSource } from './environment'
export { acquireEnvironment, type EnvironmentHandle } from './environmentCache'
