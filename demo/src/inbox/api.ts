// The demo collector's chat endpoints (tools/collector.mjs, mounted at /collect).
import type { ChatContext } from 'vitrine/chat'

/** What the chat hand-off carries: the live chat context, as JSON. */
export type HandoffContext = Partial<ChatContext>

export interface Handoff {
  seq: number
  at: number
  context: HandoffContext
  message: string
  snapshotUrl: string | null
}

/** Hand-offs newer than `after`. */
export async function fetchHandoffs(base: string, after: number, signal?: AbortSignal): Promise<Handoff[]> {
  const res = await fetch(`${base}/handoffs?after=${after}`, { signal, cache: 'no-store' })
  if (!res.ok) throw new Error(`collector answered ${res.status}`)
  return (await res.json()) as Handoff[]
}

/** For createChat({ uploadSnapshot }): stores the image on the demo collector and returns its URL. */
export function collectorSnapshotUpload(base: string) {
  return async (blob: Blob): Promise<string> => {
    const res = await fetch(`${base}/snapshot`, {
      method: 'POST',
      body: blob,
      headers: { 'content-type': blob.type || 'image/png' },
    })
    if (!res.ok) throw new Error(`snapshot upload failed: ${res.status}`)
    const { url } = (await res.json()) as { url: string }
    return new URL(url, base).href
  }
}
