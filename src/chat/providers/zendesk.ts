import type { ChatContext, ChatProvider } from '../types'
import { widget, type Widget } from '../widget'
import type { WidgetProviderOptions } from './livechat'

type ZendeskFn = (...args: unknown[]) => void

type FieldKey =
  'productId' | 'product' | 'variant' | 'shade' | 'surface' | 'placedInRoom' | 'timeSpentS' | 'pageUrl' | 'snapshotUrl'

/** Options of `zendesk()`: the widget options plus which ticket fields get which context fact. */
export interface ZendeskOptions extends WidgetProviderOptions {
  /** Zendesk ticket field ids (custom fields editable by end users) per context fact. */
  fields?: Partial<Record<FieldKey, string>>
  /** Add `vitrine`, `vitrine_<surface>` and `vitrine_placed_in_room` conversation tags (default true). */
  tags?: boolean
}

function values(ctx: ChatContext): Record<FieldKey, string | number | boolean | undefined> {
  return {
    productId: ctx.productId,
    product: ctx.productName,
    variant: ctx.variantName ?? ctx.variantId,
    shade: ctx.shadeName ?? ctx.shadeId,
    surface: ctx.surface,
    placedInRoom: ctx.placedInRoom,
    timeSpentS: ctx.timeSpentS,
    pageUrl: ctx.pageUrl,
    snapshotUrl: ctx.snapshotUrl,
  }
}

/**
 * Zendesk Messaging: conversation fields and tags (applied when the shopper
 * starts a conversation or sends a message), opened with
 * `zE('messenger', 'open')`. Zendesk has no prefill API. `zE` exists only once
 * the snippet has loaded, so calls wait for it.
 */
export function zendesk(opts: ZendeskOptions = {}): ChatProvider {
  let w: Widget<ZendeskFn> | undefined
  const ze = () =>
    (w ??= widget<ZendeskFn>({
      global: 'zE',
      isReady: (g) => typeof g === 'function',
      waitMs: opts.waitMs,
      warn: () => {},
    }))
  const push = (g: ZendeskFn, ctx: ChatContext) => {
    const v = values(ctx)
    const fields = Object.entries(opts.fields ?? {})
      .filter(([key]) => v[key as FieldKey] !== undefined)
      .map(([key, id]) => ({ id, value: v[key as FieldKey] }))
    if (fields.length) g('messenger:set', 'conversationFields', fields)
    if (opts.tags !== false) {
      const tags = ['vitrine']
      if (ctx.surface) tags.push(`vitrine_${ctx.surface}`)
      if (ctx.placedInRoom) tags.push('vitrine_placed_in_room')
      g('messenger:set', 'conversationTags', tags)
    }
  }
  return {
    name: 'zendesk',
    init(env) {
      w = widget({ global: 'zE', isReady: (g) => typeof g === 'function', waitMs: opts.waitMs, warn: env.warn })
    },
    pushContext(ctx) {
      ze().call((g) => push(g, ctx))
    },
    open(_message, ctx) {
      ze().call((g) => {
        push(g, ctx)
        g('messenger', 'open')
      })
    },
  }
}
