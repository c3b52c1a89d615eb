// How the browser asks the store's server for a room and for tokens. The
// store's server signs them (the relay never sees the store's database); the
// shape below is the one tools/relayRooms.mjs serves, for stores to copy.
import type { CoviewTicket } from './transport'

/** A room the store's server opened for the shopper, with the shopper's ticket. */
export interface CoviewRoomTicket extends CoviewTicket {
  room: string
}

/** The store's server, as the co-view stores use it. */
export interface CoviewServer {
  /** Opens an unguessable room for the shopper and signs the shopper's token. */
  open(productId: string | null): Promise<CoviewRoomTicket>
  /** Tells the store the shopper stopped (best effort, never throws). */
  close(room: string): void
  /** A fresh, short-lived agent token for a room (the agent's inbox calls this on every connect). */
  agentTicket(room: string): Promise<CoviewTicket>
}

/** The store's co-view endpoints under `base` (default `/coview`), as tools/relayRooms.mjs serves them. */
export function coviewServer(
  base = '/coview',
  fetchFn: typeof fetch = (...args) => globalThis.fetch(...args),
): CoviewServer {
  const call = async <T>(path: string, init: RequestInit): Promise<T> => {
    const res = await fetchFn(`${base}${path}`, { credentials: 'same-origin', cache: 'no-store', ...init })
    if (!res.ok) throw new Error(`the store's co-view server answered ${res.status}`)
    return (await res.json()) as T
  }
  return {
    open: (productId) =>
      call<CoviewRoomTicket>('/rooms', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ productId: productId ?? undefined }),
      }),
    close(room) {
      void fetchFn(`${base}/rooms/${encodeURIComponent(room)}`, { method: 'DELETE', keepalive: true }).catch(() => {})
    },
    agentTicket: (room) => call<CoviewTicket>(`/rooms/${encodeURIComponent(room)}/agent-token`, { method: 'POST' }),
  }
}
