import type { Product } from '../../product'
import type { ArLifecycle } from '../lifecycle'
import type { ArFailureReason } from '../types'
import { SCENE_VIEWER_FAILED_HASH, sceneViewerIntent } from './sceneViewer'
import { openQuickLook, quickLookHref } from './quickLook'
import { watchNativeViewer } from './watchNativeViewer'

export interface NativeLaunch {
  product: Product
  pageUrl: string
  allowScaling: boolean
  lifecycle: ArLifecycle
  onFail(reason: ArFailureReason, message: string): void
  onReturn(): void
}

/**
 * Opens Scene Viewer through its intent URL. If Chrome cannot launch it, it
 * loads our fallback URL (this page plus a sentinel hash): we undo the hash
 * and report the failure so the next mode is tried.
 */
export function launchSceneViewer(l: NativeLaunch, anchor: HTMLAnchorElement): () => void {
  const href = sceneViewerIntent({
    modelUrl: l.product.model!.src,
    pageUrl: l.pageUrl,
    title: l.product.name,
    link: l.pageUrl,
    placement: l.product.placement,
    allowScaling: l.allowScaling,
  })
  const stopWatching = watchNativeViewer('scene-viewer', l.lifecycle, { onReturn: l.onReturn })
  const onHash = () => {
    if (location.hash !== SCENE_VIEWER_FAILED_HASH) return
    history.back()
    stopWatching()
    l.onFail('scene-viewer-unavailable', 'Scene Viewer did not open')
  }
  window.addEventListener('hashchange', onHash, { once: true })
  anchor.href = href
  anchor.click()
  return () => {
    stopWatching()
    window.removeEventListener('hashchange', onHash)
  }
}

/** Opens AR Quick Look with the product's own USDZ, or one generated now with the current variant. */
export async function launchQuickLook(
  l: NativeLaunch,
  gltfVariant: string | undefined,
  maxTextureSize: number,
): Promise<{ href: string; stop(): void }> {
  let url = l.product.model?.usdz ? new URL(l.product.model.usdz, l.pageUrl).href : undefined
  if (!url) {
    const { generateUsdz } = await import('./usdz')
    const blob = await generateUsdz(l.product, { gltfVariant, maxTextureSize })
    url = URL.createObjectURL(blob)
  }
  const href = quickLookHref(url, { allowScaling: l.allowScaling, canonicalWebPageUrl: l.pageUrl })
  const stop = watchNativeViewer('quick-look', l.lifecycle, { onReturn: l.onReturn })
  openQuickLook(href)
  return { href, stop }
}
