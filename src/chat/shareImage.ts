// The one way a snapshot leaves the device outside a chat hand-off: the
// shopper's own tap on a share or snapshot button, never anything automatic.

/** How the image left: the Web Share sheet, a download, or not at all (the shopper closed the sheet). */
export type ShareMethod = 'share' | 'download' | 'cancelled'

/** What the share sheet shows next to the image. */
export interface ShareImageOptions {
  /** File name of the image, e.g. `sofa.png`. */
  fileName: string
  title?: string
  text?: string
}

/**
 * Hands `image` to the Web Share sheet where the browser can share files, and
 * downloads it otherwise (or when sharing fails for any reason but the shopper
 * cancelling). Call it only from the shopper's tap: it is how an image leaves the device.
 */
export async function shareImage(image: Blob, { fileName, title, text }: ShareImageOptions): Promise<ShareMethod> {
  const file = typeof File === 'function' ? new File([image], fileName, { type: image.type || 'image/png' }) : null
  const data: ShareData = { files: file ? [file] : [], ...(title ? { title } : {}), ...(text ? { text } : {}) }
  if (file && typeof navigator.canShare === 'function' && navigator.canShare(data)) {
    try {
      await navigator.share(data)
      return 'share'
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') return 'cancelled'
      // Anything else (no user activation left, share target failed): fall back to a download.
    }
  }
  const url = URL.createObjectURL(image)
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, rel: 'noopener' })
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
  return 'download'
}
