/**
 * Hands the shopper's snapshot to the Web Share sheet when the browser can
 * share files, otherwise downloads it. Called only from a tap on the snapshot
 * button: the one way an image leaves the device.
 */
export async function shareOrDownload(blob: Blob, fileName: string): Promise<'share' | 'download' | 'cancelled'> {
  const file = typeof File === 'function' ? new File([blob], fileName, { type: 'image/png' }) : null
  if (file && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file] })
      return 'share'
    } catch (err) {
      if ((err as Error)?.name === 'AbortError') return 'cancelled'
      // Anything else (no user activation left, share target failed): fall back to a download.
    }
  }
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
  return 'download'
}
