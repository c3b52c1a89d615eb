/** Largest side a photo is scaled down to: plenty for lips, kind to phone memory. */
export const MAX_PHOTO_SIDE = 1280

/** Decodes a photo (URL or Blob) into a bitmap, upright and at most MAX_PHOTO_SIDE wide or tall. */
export async function loadPhoto(photo: string | Blob, signal?: AbortSignal): Promise<ImageBitmap> {
  let blob: Blob
  if (typeof photo === 'string') {
    const res = await fetch(photo, { signal })
    if (!res.ok) throw new Error(`Could not load the photo (HTTP ${res.status})`)
    blob = await res.blob()
  } else blob = photo
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' })
  } catch {
    throw new Error('That file is not a photo this browser can open')
  }
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height))
  if (scale === 1) return bitmap
  const resized = await createImageBitmap(bitmap, {
    resizeWidth: Math.round(bitmap.width * scale), resizeHeight: Math.round(bitmap.height * scale), resizeQuality: 'high',
  })
  bitmap.close()
  return resized
}
