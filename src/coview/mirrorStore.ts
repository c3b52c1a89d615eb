// The agent's side of "Show it to an agent", framework-free: a live mirror of
// the shopper's shared state and a way to point (suggest a variant, shade,
// hotspot or angle). Nothing the agent sends changes the shopper's view
// until the shopper taps it.
import { createStore, type StoreApi } from 'zustand/vanilla'
import { applyPatch } from './diff'
import { suggestionId, type CoviewSuggestion, type IncomingMessage, type SuggestionKind } from './protocol'
import {
  websocketTransport,
  type ConnectionStatus,
  type CoviewTicket,
  type CoviewTransport,
  type CoviewTransportFactory,
} from './transport'
import { EMPTY_COVIEW_STATE, type CoviewOrbit, type CoviewState } from './state'

/** `connecting` → `waiting` (in the room, no state yet) → `live`; `ended` or `refused` are final. */
export type MirrorStatus = 'connecting' | 'waiting' | 'live' | 'ended' | 'refused'

/** What the agent's mirror shows. */
export interface CoviewMirrorState {
  status: MirrorStatus
  connection: ConnectionStatus | 'offline'
  /** The shopper's shared state, or null before the first message. */
  state: CoviewState | null
  /** Local time (ms) of the last change that arrived. */
  updatedAt: number
  /** The shopper's answer to the last suggestion. */
  answer: { id: string; accepted: boolean } | null
  /** The suggestion sent last, until answered. */
  pending: CoviewSuggestion | null
  endedReason: string | null
}

export interface CoviewMirrorOptions {
  /** A fresh agent ticket (short-lived token), fetched before every (re)connect. */
  ticket: () => Promise<CoviewTicket>
  transport?: CoviewTransportFactory
  now?: () => number
}

/** The agent's mirror: a plain store with actions. */
export interface CoviewMirror extends Pick<StoreApi<CoviewMirrorState>, 'getState' | 'subscribe'> {
  /** Points: sends a suggestion the shopper may accept with one tap. Returns its id, or null when not connected. */
  suggest(kind: 'variant' | 'shade' | 'hotspot', value: string): string | null
  suggest(kind: 'angle', value: CoviewOrbit): string | null
  /** Leaves the room. */
  close(): void
}

/** Connects an agent's mirror to a room. */
export function createCoviewMirror(options: CoviewMirrorOptions): CoviewMirror {
  const now = options.now ?? (() => performance.now())
  const store = createStore<CoviewMirrorState>()(() => ({
    status: 'connecting',
    connection: 'offline',
    state: null,
    updatedAt: 0,
    answer: null,
    pending: null,
    endedReason: null,
  }))
  const set = (partial: Partial<CoviewMirrorState>) => store.setState(partial)

  const onMessage = (message: IncomingMessage) => {
    const { state } = store.getState()
    switch (message.t) {
      case 'welcome':
        if (!state) set({ status: 'waiting' })
        break
      case 'state':
        set({ status: 'live', state: { ...EMPTY_COVIEW_STATE, ...message.s }, updatedAt: now() })
        break
      case 'patch':
        set({ status: 'live', state: applyPatch(state ?? EMPTY_COVIEW_STATE, message.s), updatedAt: now() })
        break
      case 'answer':
        set({ answer: { id: message.id, accepted: message.accepted }, pending: null })
        break
      case 'ended':
        set({ status: 'ended', endedReason: message.reason })
        break
      default:
        break
    }
  }

  const transport: CoviewTransport = (options.transport ?? websocketTransport())(options.ticket, {
    onOpen: () => {},
    onMessage,
    onStatus: (connection, reason) => {
      set({ connection })
      if (connection !== 'closed') return
      if (reason === 'refused') set({ status: 'refused', endedReason: 'refused' })
      else if (store.getState().status !== 'ended')
        set({ status: 'ended', endedReason: store.getState().endedReason ?? reason ?? 'closed' })
    },
  })

  return {
    getState: store.getState,
    subscribe: store.subscribe,
    suggest(kind: SuggestionKind, value: string | CoviewOrbit) {
      const suggestion = { id: suggestionId(), kind, value } as CoviewSuggestion
      if (!transport.send({ t: 'suggest', ...suggestion })) return null
      set({ pending: suggestion, answer: null })
      return suggestion.id
    },
    close() {
      transport.close()
    },
  }
}
