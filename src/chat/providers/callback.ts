import type { ChatContext, ChatProvider } from '../types'

/** What the `callback()` chat provider receives: a context update, or the shopper asking with a message. */
export type ChatHandoff =
  { type: 'context'; context: ChatContext } | { type: 'ask'; context: ChatContext; message: string }

/** The store's own chat: called with every context change and every ask. */
export function callback(fn: (handoff: ChatHandoff) => void | Promise<void>, name = 'callback'): ChatProvider {
  return {
    name,
    pushContext(context) {
      void fn({ type: 'context', context })
    },
    open(message, context) {
      return fn({ type: 'ask', context, message })
    },
  }
}

/** POSTs each ask as JSON `{context, message}` to the store's endpoint (the demo's agent inbox uses it). */
export function webhook(opts: { url: string; fetch?: typeof fetch }): ChatProvider {
  return callback(async (handoff) => {
    if (handoff.type !== 'ask') return
    const fetchFn = opts.fetch ?? globalThis.fetch
    await fetchFn(opts.url, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ context: handoff.context, message: handoff.message }),
    })
  }, 'webhook')
}
