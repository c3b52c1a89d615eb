import type { ViewerErrorCode } from '../model'

/** Every word a shopper reads. Pass a partial object as `strings` to translate or rephrase. */
export interface ViewerStrings {
  loadingViewer: string
  loadingModel: (percent: number | undefined) => string
  loaded: (name: string) => string
  tapToView: string
  interactionPrompt: string
  retry: string
  restoring: string
  errors: Record<ViewerErrorCode, string>
  viewing: (where: string) => string
  dimensions: string
  share: string
  shareText: (name: string) => string
}

/** The words the viewer shows by default; pass a partial copy as `strings` to change some. */
export const defaultViewerStrings: ViewerStrings = {
  loadingViewer: 'Preparing 3D view…',
  loadingModel: (p) => (p === undefined ? 'Loading 3D model…' : `Loading 3D model, ${p}%`),
  loaded: (name) => `3D model of ${name} loaded. Drag or use the arrow keys to turn it.`,
  tapToView: 'View in 3D',
  interactionPrompt: 'Drag to turn · pinch to zoom',
  retry: 'Try again',
  restoring: 'The 3D view was interrupted. Restoring…',
  errors: {
    'not-found': 'This 3D model is missing from the store right now.',
    network: 'The connection dropped while loading the 3D model.',
    corrupt: 'This 3D model file is damaged and cannot be shown.',
    unsupported: 'This 3D model uses a format this browser cannot show.',
    'webgl-unavailable': 'Your browser cannot show 3D here. Photos of the product are below.',
    'webgl-context-lost': 'The 3D view was interrupted.',
    'bad-product': 'This product cannot be shown in 3D because its details are incomplete.',
  },
  viewing: (where) => `Viewing from ${where}`,
  dimensions: 'Dimensions',
  share: 'Share',
  shareText: (name) => `${name}, seen in 3D`,
}

export function mergeStrings(overrides?: Partial<ViewerStrings>): ViewerStrings {
  if (!overrides) return defaultViewerStrings
  return { ...defaultViewerStrings, ...overrides, errors: { ...defaultViewerStrings.errors, ...overrides.errors } }
}
