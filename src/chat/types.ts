// The contract between components and `vitrine/chat`. `createChat()` returns a richer object.

export interface ChatContextUpdate {
  productId?: string
  productName?: string
  variantId?: string
  variantName?: string
  shadeId?: string
  shadeName?: string
  surface?: 'viewer' | 'ar' | 'tryon' | 'chat'
  placedInRoom?: boolean
}

export interface ChatLike {
  /** Merge into the live context that is pushed to the widget. */
  setContext(update: ChatContextUpdate): void
  /** Open the widget, prefilled with a message that carries the context where the widget allows it. */
  ask(message?: string): void | Promise<void>
}
