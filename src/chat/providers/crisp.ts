import { contextFields } from '../context'
import type { ChatProvider } from '../types'
import { widget, type Widget } from '../widget'
import type { WidgetProviderOptions } from './livechat'

interface CrispQueue {
  push(command: unknown[]): void
}

/**
 * Crisp: context as session data, the composer prefilled with
 * `message:text`, then `chat:open`. A confirmed snapshot is sent as a file
 * message by URL (Crisp's only documented image path). `$crisp.push` is
 * async-safe: the snippet's array queues calls until the widget loads.
 */
export function crisp(opts: WidgetProviderOptions = {}): ChatProvider {
  let w: Widget<CrispQueue> | undefined
  const cr = () => (w ??= widget<CrispQueue>({ global: '$crisp', waitMs: opts.waitMs, warn: () => {} }))
  const data = (fields: Record<string, string>) => [Object.entries(fields)]
  return {
    name: 'crisp',
    init(env) {
      w = widget({ global: '$crisp', waitMs: opts.waitMs, warn: env.warn })
    },
    pushContext(ctx) {
      const fields = contextFields(ctx)
      cr().call((g) => g.push(['set', 'session:data', data(fields)]))
    },
    open(message, ctx) {
      const fields = contextFields(ctx)
      cr().call((g) => {
        g.push(['set', 'session:data', data(fields)])
        if (ctx.snapshotUrl)
          g.push([
            'do',
            'message:send',
            ['file', { name: 'snapshot', url: ctx.snapshotUrl, type: guessType(ctx.snapshotUrl) }],
          ])
        g.push(['set', 'message:text', [message]])
        g.push(['do', 'chat:open'])
      })
    },
  }
}

function guessType(url: string): string {
  if (/\.png(\?|$)/i.test(url)) return 'image/png'
  if (/\.webp(\?|$)/i.test(url)) return 'image/webp'
  return 'image/jpeg'
}
