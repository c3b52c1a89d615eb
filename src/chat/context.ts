import type { ChatContext, ChatContextUpdate } from './types'

/**
 * The live chat context: merges updates, times how long the shopper has been
 * on the current product, and flattens it into string fields for widgets.
 */
export class LiveContext {
  private state: ChatContextUpdate = {}
  private since = Date.now()
  private snapshotUrl: string | undefined

  constructor(private readonly now: () => number = Date.now) {
    this.since = now()
  }

  /** Merges an update; returns true when a field actually changed. */
  merge(update: ChatContextUpdate): boolean {
    let changed = false
    for (const [key, value] of Object.entries(update) as [keyof ChatContextUpdate, unknown][]) {
      if (value === undefined || this.state[key] === value) continue
      if (key === 'productId') {
        // A new product: its own clock, and the old variant/shade/placement no longer apply.
        this.since = this.now()
        this.state = {}
        this.snapshotUrl = undefined
      }
      ;(this.state as Record<string, unknown>)[key] = value
      changed = true
    }
    return changed
  }

  setSnapshotUrl(url: string) {
    this.snapshotUrl = url
  }

  snapshot(): ChatContext {
    const ctx: ChatContext = { ...this.state, timeSpentS: Math.max(0, Math.round((this.now() - this.since) / 1000)) }
    const loc = (globalThis as { location?: Location }).location
    if (loc?.origin && loc.pathname) ctx.pageUrl = loc.origin + loc.pathname
    if (this.snapshotUrl) ctx.snapshotUrl = this.snapshotUrl
    return ctx
  }
}

/** Flat string fields for widgets that take key/value pairs (LiveChat, Crisp, Intercom). */
export function contextFields(ctx: ChatContext, prefix = 'vitrine_'): Record<string, string> {
  const out: Record<string, string> = {}
  const put = (key: string, value: string | number | boolean | undefined) => {
    if (value === undefined || value === '') return
    out[prefix + key] = String(value).slice(0, 255)
  }
  put('product_id', ctx.productId)
  put('product', ctx.productName)
  put('variant', ctx.variantName ?? ctx.variantId)
  put('shade', ctx.shadeName ?? ctx.shadeId)
  put('surface', ctx.surface)
  if (ctx.placedInRoom !== undefined) put('placed_in_room', ctx.placedInRoom ? 'yes' : 'no')
  put('time_spent_s', ctx.timeSpentS)
  put('page', ctx.pageUrl)
  put('snapshot_url', ctx.snapshotUrl)
  put('live_view_room', ctx.coviewRoom)
  put('ga_client_id', ctx.shopperIds?.ga_client_id)
  put('anonymous_id', ctx.shopperIds?.anonymous_id)
  put('user_id', ctx.shopperIds?.user_id)
  put('customer_id', ctx.shopperIds?.customer_id)
  return out
}
