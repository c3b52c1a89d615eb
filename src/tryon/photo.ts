/** Largest side a photo is scaled down to: plenty for lips, kind to phone memory. */
export const MAX_PHOTO_SIDE = 1280

/** Why a photo could not be used; the message is shown to the shopper. */
export class PhotoError extends Error {
  constructor(
    readonly problem: 'unreadable' | 'not-an-image' | 'http',
    message: string,
  ) {
    super(message)
    this.name = 'PhotoError'
  }
}

/**
 * The file's bytes, read right away. A file chosen in the picker is only a
 * reference to the browser's temporary copy: once the input is reset (we clear
 * it so the same photo can be chosen again) or the OS recycles that copy, a
 * read that has not started yet fails, which showed as "not a photo" now and
 * then. Reading first, then resetting, closes that race.
 */
export async function readPhotoFile(file: Blob): Promise<Blob> {
  let bytes: ArrayBuffer
  try {
    bytes = await file.arrayBuffer()
  } catch {
    throw new PhotoError('unreadable', 'That file could not be read. Please choose it again.')
  }
  // An empty type (some pickers, HEIC renamed, drag and drop) is fine: decoders sniff the bytes.
  return new Blob([bytes], { type: file.type })
}

/** Decodes with createImageBitmap, else through an <img> (older engines, odd JPEGs), upright per EXIF. */
async function decode(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image' })
  } catch {
    // fall through to the element decoder
  }
  if (typeof Image !== 'function')
    throw new PhotoError('not-an-image', 'That file is not a photo this browser can open')
  const url = URL.createObjectURL(blob)
  try {
    const img = new Image()
    img.src = url
    await img.decode() // <img> applies EXIF orientation by default (image-orientation: from-image)
    return await createImageBitmap(img)
  } catch {
    throw new PhotoError('not-an-image', 'That file is not a photo this browser can open')
  } finally {
    // Only after the decode finished: revoking earlier is its own race.
    URL.revokeObjectURL(url)
  }
}

/** Decodes a photo (URL or Blob) into a bitmap, upright and at most MAX_PHOTO_SIDE wide or tall. */
export async function loadPhoto(photo: string | Blob, signal?: AbortSignal): Promise<ImageBitmap> {
  let blob: Blob
  if (typeof photo === 'string') {
    const res = await fetch(photo, { signal })
    if (!res.ok) throw new PhotoError('http', `Could not load the photo (HTTP ${res.status})`)
    blob = await res.blob()
  } else blob = await readPhotoFile(photo)
  if (!blob.size) throw new PhotoError('not-an-image', 'That file is empty')
  const bitmap = await decode(blob)
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height))
  if (scale === 1) return bitmap
  const resized = await createImageBitmap(bitmap, {
    resizeWidth: Math.round(bitmap.width * scale),
    resizeHeight: Math.round(bitmap.height * scale),
    resizeQuality: 'high',
  })
  bitmap.close()
  return resized
}
