// The shopper's side of "Show it to an agent", framework-free: the consent
// step, the live share (diffed, throttled state over a transport), the
// agent's suggestions (applied only on the shopper's tap) and the events.
// React (or any binding) renders its state and calls its actions.
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { TrackerLike } from '../events/types'
import { applyPatch, diffState } from './diff'
import { createStateSender, type StateSender } from './throttle'
import {
  websocketTransport,
  type CloseReason,
  type ConnectionStatus,
  type CoviewTransport,
  type CoviewTransportFactory,
} from './transport'
import type { CoviewServer } from './server'
import type { CoviewSuggestion, IncomingMessage } from './protocol'
import { createShareEvents } from './shareEvents'
import { EMPTY_COVIEW_STATE, type CoviewPatch, type CoviewState } from './state'

/** `off` → `asking` (the consent prompt) → `starting` → `sharing` → `off`; `failed` shows `error`. */
export type SharePhase = 'off' | 'asking' | 'starting' | 'sharing' | 'failed'

/** What the shopper's UI shows. */
export interface CoviewShopperState {
  phase: SharePhase
  /** Where the share was offered: the "Show an agent" button or the chat hand-off. */
  via: 'button' | 'chat'
  connection: ConnectionStatus | 'offline'
  /** Agents viewing right now. */
  agents: number
  room: string | null
  /** What is shared (kept current while not sharing too, so a share starts from the present). */
  shared: CoviewState
  /** The agent's latest suggestion, waiting for the shopper's tap. */
  suggestion: CoviewSuggestion | null
  error: string | null
}

/** What `createCoview()` needs: the store's server, and optionally a transport and a tracker. */
export interface CoviewOptions {
  /** The store's server: opens rooms and signs tokens (`coviewServer('/coview')`). */
  server: CoviewServer
  /** Default: `websocketTransport()`. */
  transport?: CoviewTransportFactory
  /** Receives coview_started, coview_suggestion, coview_accepted and coview_ended. */
  tracker?: TrackerLike
  now?: () => number
}

/** The shopper's co-view: a plain store with actions. */
export interface Coview extends Pick<StoreApi<CoviewShopperState>, 'getState' | 'subscribe'> {
  /** The surfaces feed the shared state here (product, variant, orbit, dimensions, hotspot, AR, try-on). */
  update(patch: CoviewPatch): void
  /** Shows the consent prompt. */
  ask(via?: 'button' | 'chat'): void
  /** The shopper agreed: opens a room and starts sharing. */
  confirm(): Promise<void>
  /** The shopper declined the prompt. */
  cancel(): void
  /** "Stop sharing": ends the agent's view at once. */
  stop(): void
  /** The shopper tapped the suggestion: it is applied through the binding's applier. */
  accept(): void
  /** The shopper waved the suggestion away. */
  dismiss(): void
  /** How a binding applies an accepted suggestion (select the variant, turn the camera …). */
  setApplier(apply: ((suggestion: CoviewSuggestion) => void) | null): void
  /**
   * While a surface covers the page (an AR session), it applies the suggestions it can: `apply` returns
   * true for those; the rest go to the page's applier. Returns the function that removes it.
   */
  applyFirst(apply: (suggestion: CoviewSuggestion) => boolean): () => void
  /**
   * For `createChat({ coview })`: offers the share as the shopper opens the chat.
   * Resolves with the room when they agree (or already share), undefined when they decline or no product is shown.
   */
  offer(): Promise<string | undefined>
}

const ERRORS: Record<CloseReason, string> = {
  refused: 'The store refused the share. Please try again.',
  'room-closed': 'This share has ended.',
  ended: '',
  stopped: '',
}

/** Creates the shopper's co-view store. */
export function createCoview(options: CoviewOptions): Coview {
  const now = options.now ?? (() => Date.now())
  const makeTransport = options.transport ?? websocketTransport()
  const store = createStore<CoviewShopperState>()(() => ({
    phase: 'off',
    via: 'button',
    connection: 'offline',
    agents: 0,
    room: null,
    shared: EMPTY_COVIEW_STATE,
    suggestion: null,
    error: null,
  }))
  const set = (partial: Partial<CoviewShopperState>) => store.setState(partial)
  let transport: CoviewTransport | null = null
  let sender: StateSender | null = null
  let agents = new Set<string>()
  let applier: ((s: CoviewSuggestion) => void) | null = null
  // Surfaces over the page, the newest first: each applies what it can before the page's applier.
  const firstAppliers: ((s: CoviewSuggestion) => boolean)[] = []
  let pendingOffer: ((room: string | undefined) => void) | null = null
  let events = createShareEvents(options.tracker, () => store.getState().shared, now)

  const sendWhole = () => {
    const { shared } = store.getState()
    if (transport?.send({ t: 'state', s: shared })) sender?.reset(shared)
  }
  const settleOffer = (room: string | undefined) => {
    pendingOffer?.(room)
    pendingOffer = null
  }
  const onPageHide = () => finish('left')

  function onMessage(message: IncomingMessage) {
    switch (message.t) {
      case 'welcome':
        agents = new Set(message.peers)
        set({ agents: agents.size })
        break
      case 'peer':
        if (message.event === 'joined') agents.add(message.peer)
        else agents.delete(message.peer)
        set({ agents: agents.size })
        // A new agent (or one back after a relay restart) catches up from the whole state.
        if (message.event === 'joined') sendWhole()
        break
      case 'suggest': {
        const { t: _t, ...suggestion } = message
        set({ suggestion: suggestion as CoviewSuggestion })
        events.suggested(suggestion.kind)
        break
      }
      default:
        break
    }
  }

  function finish(reason: 'stopped' | 'left' | 'closed' | 'error', error: string | null = null) {
    const { phase, room } = store.getState()
    if (phase !== 'sharing' && phase !== 'starting') return
    if (reason === 'stopped' || reason === 'left') transport?.send({ t: 'end', reason })
    transport?.close()
    transport = null
    sender?.cancel()
    sender = null
    agents = new Set()
    if (room) options.server.close(room)
    globalThis.removeEventListener?.('pagehide', onPageHide)
    events.ended(reason)
    set({ phase: error ? 'failed' : 'off', connection: 'offline', agents: 0, room: null, suggestion: null, error })
  }

  const api: Coview = {
    getState: store.getState,
    subscribe: store.subscribe,
    update(patch) {
      const { shared } = store.getState()
      const next = applyPatch(shared, patch)
      if (!diffState(shared, next)) return
      set({ shared: next })
      sender?.push(next)
    },
    ask(via = 'button') {
      const { phase } = store.getState()
      if (phase === 'sharing' || phase === 'starting') return
      set({ phase: 'asking', via, error: null })
    },
    async confirm() {
      if (store.getState().phase !== 'asking') return
      set({ phase: 'starting', error: null })
      let ticket
      try {
        ticket = await options.server.open(store.getState().shared.productId)
      } catch (err) {
        set({ phase: 'failed', error: `Sharing could not start: ${String((err as Error)?.message ?? err)}` })
        settleOffer(undefined)
        return
      }
      if (store.getState().phase !== 'starting') return
      events = createShareEvents(options.tracker, () => store.getState().shared, now)
      set({ phase: 'sharing', room: ticket.room })
      const send = (patch: CoviewPatch) => {
        transport?.send({ t: 'patch', s: patch })
      }
      sender = createStateSender(send)
      transport = makeTransport(async () => ticket, {
        onOpen: sendWhole,
        onMessage,
        onStatus: (connection, reason) => {
          if (connection === 'reconnecting') {
            agents = new Set()
            set({ agents: 0 })
          }
          if (connection !== 'closed') {
            set({ connection })
            return
          }
          if (reason && reason !== 'stopped' && reason !== 'ended') finish('closed', ERRORS[reason])
        },
      })
      globalThis.addEventListener?.('pagehide', onPageHide)
      events.started(store.getState().via)
      settleOffer(ticket.room)
    },
    cancel() {
      if (store.getState().phase !== 'asking' && store.getState().phase !== 'failed') return
      set({ phase: 'off', error: null })
      settleOffer(undefined)
    },
    stop() {
      finish('stopped')
    },
    accept() {
      const { suggestion } = store.getState()
      if (!suggestion) return
      set({ suggestion: null })
      try {
        if (!firstAppliers.some((apply) => apply(suggestion))) applier?.(suggestion)
      } catch (err) {
        console.error('[vitrine] applying a suggestion failed', err)
      }
      transport?.send({ t: 'answer', id: suggestion.id, accepted: true })
      events.accepted(suggestion.kind)
    },
    dismiss() {
      const { suggestion } = store.getState()
      if (!suggestion) return
      set({ suggestion: null })
      transport?.send({ t: 'answer', id: suggestion.id, accepted: false })
    },
    setApplier(apply) {
      applier = apply
    },
    applyFirst(apply) {
      firstAppliers.unshift(apply)
      return () => {
        const at = firstAppliers.indexOf(apply)
        if (at >= 0) firstAppliers.splice(at, 1)
      }
    },
    offer() {
      const { phase, room, shared } = store.getState()
      if (phase === 'sharing' && room) return Promise.resolve(room)
      if (!shared.productId || phase === 'starting') return Promise.resolve(undefined)
      settleOffer(undefined)
      return new Promise((resolve) => {
        pendingOffer = resolve
        api.ask('chat')
      })
    },
  }
  return api
}
