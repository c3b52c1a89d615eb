import { ViewerError } from './ViewerError'

export type ProgressCallback = (loaded: number, total: number | undefined) => void

/**
 * Downloads a file as bytes, reporting bytes received over the declared
 * length. A 404, a dropped connection and a short body each become a typed
 * ViewerError.
 */
export async function fetchWithProgress(
  url: string,
  onProgress?: ProgressCallback,
  signal?: AbortSignal,
): Promise<ArrayBuffer> {
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (err) {
    if (signal?.aborted) throw err
    throw new ViewerError('network', 'The model could not be downloaded: the network is unreachable.', url, {
      cause: err,
    })
  }
  if (response.status === 404 || response.status === 410) {
    throw new ViewerError('not-found', `The model file was not found (HTTP ${response.status}).`, url)
  }
  if (!response.ok) throw new ViewerError('network', `The server answered HTTP ${response.status} for the model.`, url)
  // Content-Length counts encoded bytes: only trust it for an unencoded body.
  const declared = Number(response.headers.get('content-length'))
  const total = declared > 0 && !response.headers.get('content-encoding') ? declared : undefined
  if (!response.body) return response.arrayBuffer()

  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let loaded = 0
  onProgress?.(0, total)
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      loaded += value.byteLength
      onProgress?.(loaded, total)
    }
  } catch (err) {
    if (signal?.aborted) throw err
    throw new ViewerError('network', `The network dropped after ${Math.round(loaded / 1024)} KB of the model.`, url, {
      cause: err,
    })
  }
  if (total !== undefined && loaded < total) {
    throw new ViewerError('network', `The download stopped early (${loaded} of ${total} bytes).`, url)
  }
  const bytes = new Uint8Array(loaded)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes.buffer
}
