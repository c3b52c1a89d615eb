// Downloads the face model files with progress, through the Cache API, so a
// second visit reads them from disk. Runs in the landmark worker (a session)
// and on the page (a prefetch); no DOM use.

import type { SessionFile } from './faceAssets'

/** Bump when the files change: older caches are deleted on the next download. */
export const FACE_CACHE = 'vitrine-face-model-v1'
const CACHE_PREFIX = 'vitrine-face-model-'

/** Bytes read so far and the total expected, over every file of the session. */
export interface DownloadProgress {
  loaded: number
  total: number
}

const cacheStorage = (): CacheStorage | null => {
  try {
    return typeof caches === 'object' ? caches : null
  } catch {
    return null
  }
}

async function openCache(): Promise<Cache | null> {
  const storage = cacheStorage()
  if (!storage) return null
  try {
    const keys = await storage.keys()
    await Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== FACE_CACHE).map((k) => storage.delete(k)))
    return await storage.open(FACE_CACHE)
  } catch {
    return null // private mode, storage blocked: download every time
  }
}

/** Reads a body to the end, reporting every chunk; rejects when `signal` aborts. */
async function readBody(res: Response, onBytes: (n: number) => void, signal?: AbortSignal): Promise<Blob> {
  const type = res.headers.get('content-type') ?? 'application/octet-stream'
  if (!res.body) {
    const b = await res.blob()
    onBytes(b.size)
    return b
  }
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  const abort = () => {
    void reader.cancel().catch(() => {})
  }
  signal?.addEventListener('abort', abort)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (signal?.aborted) throw new DOMException('Download cancelled', 'AbortError')
      if (done) break
      chunks.push(value)
      onBytes(value.byteLength)
    }
  } finally {
    signal?.removeEventListener('abort', abort)
  }
  return new Blob(chunks as BlobPart[], { type })
}

/**
 * Every file of `files` as a Blob, from the cache when there, else from the
 * network (then stored). `onProgress` gets the bytes read over all files.
 */
export async function downloadFiles(
  files: SessionFile[],
  onProgress?: (p: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<{ blobs: Map<string, Blob>; fromCache: number }> {
  const cache = await openCache()
  const total = files.reduce((s, f) => s + f.bytes, 0)
  let loaded = 0
  let fromCache = 0
  const report = (n: number) => {
    loaded += n
    onProgress?.({ loaded: Math.min(loaded, total), total })
  }
  onProgress?.({ loaded: 0, total })
  const blobs = new Map<string, Blob>()
  await Promise.all(
    files.map(async (f) => {
      // A file the bundler inlined (data: URL) is already on the page: nothing to cache.
      const local = f.url.startsWith('data:')
      const hit = local ? await fetch(f.url) : await cache?.match(f.url).catch(() => undefined)
      if (hit) {
        const blob = await hit.blob()
        fromCache++
        report(blob.size)
        blobs.set(f.name, blob)
        return
      }
      const res = await fetch(f.url, { signal, credentials: 'same-origin' })
      if (!res.ok) throw new Error(`Could not download the face model (${f.name}: HTTP ${res.status})`)
      const blob = await readBody(res, report, signal)
      blobs.set(f.name, blob)
      // Not awaited: the session needs the bytes now, the cache only next time.
      void cache?.put(f.url, new Response(blob, { headers: { 'content-type': blob.type } })).catch(() => {})
    }),
  )
  return { blobs, fromCache }
}

/** True when every file is already in the cache (a second visit). */
export async function filesCached(files: SessionFile[]): Promise<boolean> {
  const cache = await openCache()
  if (!cache) return false
  const hits = await Promise.all(
    files.map(
      (f) =>
        f.url.startsWith('data:') ||
        cache.match(f.url).then(
          (r) => !!r,
          () => false,
        ),
    ),
  )
  return hits.every(Boolean)
}

/** What the page knows about the shopper's connection (Network Information API, Chromium). */
export interface ConnectionHints {
  saveData?: boolean
  type?: string
  metered?: boolean
  effectiveType?: string
}

/**
 * Whether to fetch the model before the shopper taps: only when the browser
 * says the connection is not metered (not cellular) and Save-Data is off.
 * Without that information (Safari, Firefox) nothing is fetched ahead.
 */
export function mayPrefetch(connection: ConnectionHints | undefined | null): boolean {
  if (!connection) return false
  if (connection.saveData) return false
  if (connection.metered) return false
  if (connection.type === 'cellular' || connection.type === 'unknown') return false
  if (connection.effectiveType === 'slow-2g' || connection.effectiveType === '2g') return false
  return true
}
