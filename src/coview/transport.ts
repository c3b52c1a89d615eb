// The small interface between the co-view stores and the wire, and its
// reference implementation over the browser's own WebSocket (no dependency).
// A dropped connection comes back by itself with backoff; a refused token, a
// closed room or an ended share is final.
import {
  COVIEW_CLOSE,
  COVIEW_PROTOCOL,
  parseIncoming,
  type AgentMessage,
  type IncomingMessage,
  type ShopperMessage,
} from './protocol'

/** Where to connect and with what: the store's server hands these out. */
export interface CoviewTicket {
  /** The relay's WebSocket URL. */
  relay: string
  /** A join token signed by the store's server. */
  token: string
}

/** The connection as the UI shows it. `closed` is final: see `reason`. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed'

/** Why a connection ended for good. */
export type CloseReason = 'refused' | 'room-closed' | 'ended' | 'stopped'

export interface TransportHandlers {
  /** A connection is open (the first, or after a reconnect): send the whole state now. */
  onOpen(): void
  onMessage(message: IncomingMessage): void
  onStatus(status: ConnectionStatus, reason?: CloseReason): void
}

/** What the stores need from a transport. */
export interface CoviewTransport {
  /** Sends one message; false when not connected (the state is sent whole on the next open). */
  send(message: ShopperMessage | AgentMessage): boolean
  /** Closes for good. */
  close(): void
}

/** Makes a transport. `ticket` is called before every (re)connect, so a short-lived token is always fresh. */
export type CoviewTransportFactory = (
  ticket: () => Promise<CoviewTicket>,
  handlers: TransportHandlers,
) => CoviewTransport

export interface WebSocketTransportOptions {
  /** Backoff between reconnects: first delay and cap, in ms (default 200 and 2000). */
  minDelayMs?: number
  maxDelayMs?: number
  /** The WebSocket constructor (default: the browser's). */
  WebSocket?: typeof WebSocket
}

const FINAL: Record<number, CloseReason> = {
  [COVIEW_CLOSE.refused]: 'refused',
  [COVIEW_CLOSE.closed]: 'room-closed',
  [COVIEW_CLOSE.ended]: 'ended',
}

/** The reference transport: a WebSocket to the relay, reconnecting with backoff. */
export function websocketTransport(options: WebSocketTransportOptions = {}): CoviewTransportFactory {
  const min = options.minDelayMs ?? 200
  const max = options.maxDelayMs ?? 2000
  return (ticket, handlers) => {
    const Socket = options.WebSocket ?? globalThis.WebSocket
    let socket: WebSocket | null = null
    let closed = false
    let attempt = 0
    let retryTimer: ReturnType<typeof setTimeout> | undefined

    const retry = () => {
      if (closed) return
      handlers.onStatus('reconnecting')
      const delay = Math.min(max, min * 2 ** attempt++) * (0.8 + Math.random() * 0.4)
      retryTimer = setTimeout(connect, delay)
    }
    const finish = (reason: CloseReason) => {
      if (closed) return
      closed = true
      handlers.onStatus('closed', reason)
    }

    async function connect() {
      if (closed) return
      let t: CoviewTicket
      try {
        t = await ticket()
      } catch {
        retry()
        return
      }
      if (closed) return
      const ws = new Socket(t.relay, [COVIEW_PROTOCOL, `t.${t.token}`])
      socket = ws
      ws.onopen = () => {
        attempt = 0
        handlers.onStatus('open')
        handlers.onOpen()
      }
      ws.onmessage = (event) => {
        const message = parseIncoming(event.data)
        if (message) handlers.onMessage(message)
      }
      ws.onclose = (event) => {
        if (socket !== ws) return
        socket = null
        const final = FINAL[event.code]
        if (final) finish(final)
        else retry()
      }
    }

    handlers.onStatus('connecting')
    void connect()
    return {
      send(message) {
        if (!socket || socket.readyState !== 1) return false
        socket.send(JSON.stringify(message))
        return true
      },
      close() {
        closed = true
        clearTimeout(retryTimer)
        const ws = socket
        socket = null
        ws?.close(1000)
      },
    }
  }
}
