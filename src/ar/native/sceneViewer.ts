import type { Placement } from '../../product'

export interface SceneViewerOptions {
  /** The glTF/GLB; made absolute against `pageUrl`. Never a blob: URL (Scene Viewer cannot read those). */
  modelUrl: string
  /** The page AR was started from; Scene Viewer falls back to it (with {@link SCENE_VIEWER_FAILED_HASH}). */
  pageUrl: string
  title?: string
  /** Where Scene Viewer's "visit" link goes; made absolute against `pageUrl`. */
  link?: string
  placement?: Placement
  /** False locks the model at 1:1 (`resizable=false`). */
  allowScaling?: boolean
}

/**
 * Chrome navigates to the fallback URL when it cannot launch Scene Viewer. We
 * fall back to the same page with this hash, so the page notices (hashchange)
 * without reloading and tries the next mode (model-viewer's trick).
 */
export const SCENE_VIEWER_FAILED_HASH = '#vitrine-scene-viewer-unavailable'

/** The Android intent URL that opens the model in Google's Scene Viewer, AR first. */
export function sceneViewerIntent(opts: SceneViewerOptions): string {
  const model = new URL(opts.modelUrl, opts.pageUrl)
  if (model.protocol === 'blob:') throw new Error("Scene Viewer cannot open blob: URLs; pass the model's http(s) URL")
  model.hash = ''
  // Keep the model URL's own query (signed URLs, tokens): Scene Viewer reads title/link/sound from it too.
  const params = new URLSearchParams(model.search)
  params.set('mode', 'ar_preferred')
  if (!params.has('disable_occlusion')) params.set('disable_occlusion', 'true')
  if (opts.allowScaling === false) params.set('resizable', 'false')
  if (opts.placement === 'wall') params.set('enable_vertical_placement', 'true')
  if (opts.title) params.set('title', opts.title)
  if (opts.link) params.set('link', new URL(opts.link, opts.pageUrl).href)
  const fallback = new URL(opts.pageUrl)
  fallback.hash = SCENE_VIEWER_FAILED_HASH
  return (
    `intent://arvr.google.com/scene-viewer/1.2?${params.toString()}&file=${encodeURIComponent(model.href)}` +
    '#Intent;scheme=https;package=com.google.android.googlequicksearchbox;action=android.intent.action.VIEW;' +
    `S.browser_fallback_url=${encodeURIComponent(fallback.href)};end;`
  )
}
