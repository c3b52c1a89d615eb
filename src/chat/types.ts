// The contract between components and `vitrine/chat`. `createChat()` returns a richer object.

import type { ShopperIds } from '../events/types'

/** Facts a component adds to the chat context: what the shopper is looking at now. */
export interface ChatContextUpdate {
  productId?: string
  productName?: string
  variantId?: string
  variantName?: string
  shadeId?: string
  shadeName?: string
  surface?: 'viewer' | 'ar' | 'tryon' | 'chat'
  placedInRoom?: boolean
  /**
   * The room of a live shared view ("Show it to an agent") the shopper agreed to. The agent's inbox opens
   * the mirror with it; the id alone lets nobody in (the agent also needs a token from the store's server).
   */
  coviewRoom?: string
}

/** What components need from a chat: pass a `createChat()` result (or your own object) to `<VitrineProvider chat>`. */
export interface ChatLike {
  /** Merge into the live context that is pushed to the widget. */
  setContext(update: ChatContextUpdate): void
  /** Open the widget, prefilled with a message that carries the context where the widget allows it. */
  ask(message?: string): void | Promise<void>
}

/** The live context as pushed to a widget: the last update merged, plus derived facts. */
export interface ChatContext extends ChatContextUpdate {
  /** Whole seconds spent on the current product. */
  timeSpentS: number
  /** The page the shopper is on (no query string: it may carry personal data). */
  pageUrl?: string
  /** Set once the shopper confirmed sharing a snapshot and the store uploaded it. */
  snapshotUrl?: string
  /**
   * The same ids the analytics events carry (GA4 client id, Segment ids, the
   * store's customer id), from the tracker and only while consent is granted,
   * so an agent and the analytics see one shopper. Never an e-mail or a name.
   */
  shopperIds?: ShopperIds
}

/** One chat widget behind a common interface. Providers never throw; a missing widget is a no-op. */
export interface ChatEnv {
  /** Development warnings (missing widget, refused snapshot). */
  warn(message: string): void
}

/** One chat widget's adapter; write your own for a widget Vitrine does not cover. */
export interface ChatProvider {
  readonly name: string
  /** Called once by createChat() before any other call. */
  init?(env: ChatEnv): void
  /** Push the current context into the widget (session variables, attributes, fields …). */
  pushContext(context: ChatContext): void
  /**
   * Open the widget for the shopper. `message` is prefilled where the widget
   * allows it; elsewhere the context fields carry the same facts.
   */
  open(message: string, context: ChatContext): void | Promise<void>
}

/** Offers the live shared view as the shopper opens the chat (`createCoview()` is one). */
export interface CoviewOffer {
  /** Asks the shopper; resolves with the room when they agree (or already share), undefined otherwise. */
  offer(): Promise<string | undefined>
}

/** Options of `chat.ask()`: the prefilled message and an optional, shopper-confirmed snapshot. */
export interface AskOptions {
  /** A snapshot to share. Only used when `shopperConfirmed` is true and the store gave `uploadSnapshot`. */
  snapshot?: Blob
  /** The shopper pressed a button that says the snapshot will be sent. Never assumed. */
  shopperConfirmed?: boolean
  /** Offer "Show an agent" with this ask when createChat() has a `coview` (default true). */
  offerCoview?: boolean
}
