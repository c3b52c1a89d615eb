import { contextFields } from '../context'
import type { ChatProvider } from '../types'
import { widget, type Widget } from '../widget'
import type { WidgetProviderOptions } from './livechat'

type IntercomFn = (command: string, ...args: unknown[]) => void

/** Options of `intercom()`: the widget options plus the event name tracked on ask. */
export interface IntercomOptions extends WidgetProviderOptions {
  /** Event name for trackEvent when the shopper asks (default 'vitrine-asked'). */
  askEvent?: string
}

/**
 * Intercom: context via `update` (the custom attributes `vitrine_*` must be
 * created in Intercom first), a `trackEvent` when the shopper asks (at most 20
 * metadata keys), and `showNewMessage` to open the composer prefilled.
 */
export function intercom(opts: IntercomOptions = {}): ChatProvider {
  let w: Widget<IntercomFn> | undefined
  const ic = () => (w ??= widget<IntercomFn>({ global: 'Intercom', waitMs: opts.waitMs, warn: () => {} }))
  return {
    name: 'intercom',
    init(env) {
      w = widget({ global: 'Intercom', waitMs: opts.waitMs, warn: env.warn })
    },
    pushContext(ctx) {
      const fields = contextFields(ctx)
      ic().call((g) => g('update', fields))
    },
    open(message, ctx) {
      const fields = contextFields(ctx)
      const metadata = Object.fromEntries(Object.entries(fields).slice(0, 20))
      ic().call((g) => {
        g('update', fields)
        g('trackEvent', opts.askEvent ?? 'vitrine-asked', metadata)
        g('showNewMessage', message)
      })
    },
  }
}
