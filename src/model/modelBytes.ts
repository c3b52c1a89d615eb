import { fetchWithProgress, type ProgressCallback } from './fetchWithProgress'

interface Download {
  bytes: Promise<ArrayBuffer>
  listeners: Set<ProgressCallback>
  last?: [number, number | undefined]
}

const downloads = new Map<string, Download>()

/**
 * Starts (or joins) the download of a model file. This module needs no 3D
 * code, so the light viewer shell can start the download at once, in
 * parallel with the 3D engine's chunk and GPU set-up, and show real progress
 * even while the main thread is busy compiling shaders.
 */
export function downloadModel(url: string, onProgress?: ProgressCallback): Promise<ArrayBuffer> {
  const key = new URL(url, globalThis.location?.href).href
  let download = downloads.get(key)
  if (!download) {
    const created: Download = { listeners: new Set(), bytes: undefined! }
    created.bytes = fetchWithProgress(key, (loaded, total) => {
      created.last = [loaded, total]
      for (const listener of created.listeners) listener(loaded, total)
    })
    // A failure is not kept: the next attempt (retry) downloads again.
    created.bytes.catch(() => {
      if (downloads.get(key) === created) downloads.delete(key)
    })
    downloads.set(key, created)
    download = created
  }
  if (onProgress) {
    download.listeners.add(onProgress)
    if (download.last) onProgress(...download.last)
    const listeners = download.listeners
    download.bytes.finally(() => listeners.delete(onProgress)).catch(() => {})
  }
  return download.bytes
}

/** Drops the downloaded bytes once the model is parsed (the parsed model is cached instead). */
export function forgetModelBytes(url: string): void {
  downloads.delete(new URL(url, globalThis.location?.href).href)
}
