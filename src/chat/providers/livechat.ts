import { contextFields } from '../context'
import type { ChatProvider } from '../types'
import { widget, type Widget } from '../widget'

interface LiveChatWidget {
  call(method: string, arg?: unknown): void
}

/** Options shared by the widget providers (LiveChat, Intercom, Zendesk, Crisp). */
export interface WidgetProviderOptions {
  /** How long to wait for the widget's script before calls become no-ops (default 15 s). */
  waitMs?: number
}

/**
 * LiveChat (text.com): context as session variables (merged with
 * `update_session_variables`), opened with `maximize`. LiveChat has no
 * prefill API, so the message is not typed for the shopper; the agent sees
 * the same facts in the session variables.
 */
export function livechat(opts: WidgetProviderOptions = {}): ChatProvider {
  let w: Widget<LiveChatWidget> | undefined
  const lc = () => (w ??= widget<LiveChatWidget>({ global: 'LiveChatWidget', waitMs: opts.waitMs, warn: () => {} }))
  return {
    name: 'livechat',
    init(env) {
      w = widget({ global: 'LiveChatWidget', waitMs: opts.waitMs, warn: env.warn })
    },
    pushContext(ctx) {
      const fields = contextFields(ctx)
      lc().call((g) => g.call('update_session_variables', fields))
    },
    open(_message, ctx) {
      const fields = contextFields(ctx)
      lc().call((g) => {
        g.call('update_session_variables', fields)
        g.call('maximize')
      })
    },
  }
}
