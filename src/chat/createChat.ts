// createChat(): the framework-free chat hand-off. Components call
// setContext() as the shopper moves around; the context is pushed into the
// store's widget (coalesced per tick), and ask() opens the widget with it.

import type { TrackerLike } from '../events/types'
import { LiveContext } from './context'
import { composeMessage } from './message'
import type { AskOptions, ChatContext, ChatContextUpdate, ChatLike, ChatProvider, CoviewOffer } from './types'

/** How `createChat` talks to the store's chat: the provider and what the context may carry. */
export interface ChatOptions {
  /** livechat(), intercom(), zendesk(), crisp(), whatsapp(), callback(fn) or webhook({url}). */
  provider: ChatProvider
  /** Uploads a snapshot the shopper agreed to share and returns its URL. Without it snapshots are never sent. */
  uploadSnapshot?: (blob: Blob) => Promise<string>
  /** Receives `chat_opened` when the shopper asks; with consent, its shopper ids ride in the context. */
  tracker?: TrackerLike
  /** The text the shopper starts with (default: "I'm looking at the … in …, placed in my room. <question>"). */
  composeMessage?: (context: ChatContext, question?: string) => string
  /** Console warnings for a missing widget or a refused snapshot (default: on unless NODE_ENV is production). */
  debug?: boolean
  logger?: Pick<Console, 'warn'>
  /** Offers the live shared view ("Show an agent") with each ask; the hand-off then carries its room. */
  coview?: CoviewOffer
}

/** A chat hand-off: keeps a live product context in the store's widget and opens it with `ask()`. */
export interface Chat extends ChatLike {
  readonly provider: string
  /** The current context, as the agent would see it. */
  context(): ChatContext
  /** Open the widget with the context; with `snapshot` + `shopperConfirmed`, upload and attach it first. */
  ask(message?: string, options?: AskOptions): Promise<void>
}

/**
 * Connects Vitrine to the store's chat widget (LiveChat, Intercom, Zendesk, Crisp, WhatsApp or your own callback).
 * Framework-free: works without React.
 * @example const chat = createChat({ provider: intercom() })
 */
export function createChat(options: ChatOptions): Chat {
  const { provider } = options
  const debug = options.debug ?? isDev()
  const logger = options.logger ?? console
  const warn = (message: string) => {
    if (debug) logger.warn(`[vitrine/chat] ${message}`)
  }
  const live = new LiveContext()
  let pushScheduled = false
  provider.init?.({ warn })

  // The tracker's ids, read at each push so a consent change or sign-in shows up at once.
  const snapshot = () => {
    const ctx = live.snapshot()
    let ids: ReturnType<NonNullable<TrackerLike['shopperIds']>>
    try {
      ids = options.tracker?.shopperIds?.()
    } catch {
      ids = undefined
    }
    if (ids) ctx.shopperIds = { ...ids }
    return ctx
  }
  const push = () => {
    pushScheduled = false
    try {
      provider.pushContext(snapshot())
    } catch (err) {
      warn(`${provider.name}: pushing context failed: ${String(err)}`)
    }
  }

  return {
    provider: provider.name,
    context: snapshot,
    setContext(update: ChatContextUpdate) {
      if (!live.merge(update) || pushScheduled) return
      pushScheduled = true
      queueMicrotask(push)
    },
    async ask(question?: string, opts: AskOptions = {}) {
      if (opts.snapshot) await attachSnapshot(opts)
      if (options.coview && opts.offerCoview !== false) {
        try {
          const room = await options.coview.offer()
          if (room) live.merge({ coviewRoom: room })
        } catch (err) {
          warn(`offering the live view failed: ${String(err)}`)
        }
      }
      const context = snapshot()
      const message = (options.composeMessage ?? composeMessage)(context, question)
      try {
        options.tracker?.track({
          name: 'chat_opened',
          productId: context.productId ?? 'unknown',
          surface: 'chat',
          variantId: context.variantId,
          shadeId: context.shadeId,
          props: { provider: provider.name },
        })
      } catch {
        /* analytics never blocks the hand-off */
      }
      try {
        await provider.open(message, context)
      } catch (err) {
        warn(`${provider.name}: opening the chat failed: ${String(err)}`)
      }
    },
  }

  async function attachSnapshot(opts: AskOptions) {
    if (opts.shopperConfirmed !== true) {
      warn('snapshot not sent: the shopper has not confirmed sharing it (pass shopperConfirmed: true from their tap)')
      return
    }
    if (!options.uploadSnapshot) {
      warn('snapshot not sent: createChat() has no uploadSnapshot')
      return
    }
    try {
      const url = await options.uploadSnapshot(opts.snapshot!)
      if (typeof url === 'string' && url) live.setSnapshotUrl(url)
    } catch (err) {
      warn(`snapshot upload failed: ${String(err)}`)
    }
  }
}

function isDev(): boolean {
  // Bundlers replace process.env.NODE_ENV; in a plain browser `process` is undefined.
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return true
  }
}
