import type { Product } from '../product'
import type { ViewerStrings } from '../ui/strings'
import type { StageApi } from './stage/stageApi'

/**
 * "Share": the Web Share API with the image where the browser can share
 * files, a download otherwise. The image leaves the device only here, on the
 * shopper's tap.
 */
export async function shareSnapshot(
  stage: StageApi,
  product: Product,
  strings: ViewerStrings,
  onTaken: () => void,
): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const blob = await stage.snapshot({ width: 1200, type: 'image/png' })
  onTaken()
  const file = new File([blob], `${product.id}.png`, { type: 'image/png' })
  const data = { files: [file], title: product.name, text: strings.shareText(product.name) }
  if (typeof navigator.canShare === 'function' && navigator.canShare(data)) {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (err) {
      if ((err as DOMException)?.name === 'AbortError') return 'cancelled'
    }
  }
  const url = URL.createObjectURL(blob)
  const link = Object.assign(document.createElement('a'), { href: url, download: file.name })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return 'downloaded'
}
