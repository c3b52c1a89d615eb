// The ids a store already uses for a shopper: the GA4 client id (the _ga
// cookie), Segment's anonymousId / userId, and the store's own customer id.
// Read only while consent is granted (the tracker asks), never an e-mail or a
// name: an id with an @ or whitespace is refused.

import type { ShopperIds } from './types'

/** Which of the store's existing ids events and chat hand-offs carry. */
export interface IdentityOptions {
  /** The GA4 client id from the `_ga` cookie (default true). */
  ga4?: boolean
  /** Segment's anonymousId / userId from `window[name]` or its storage (default true = 'analytics'). */
  segment?: boolean | string
  /** The store's own customer id, or a getter (e.g. from its session). Never an e-mail. */
  customerId?: string | (() => string | null | undefined)
}

const MAX_ID = 256
const ID = /^[^\s@]+$/

/** Why an id was refused, or null when it may travel. */
export function refuseId(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return 'not a non-empty string'
  if (value.includes('@')) return 'looks like an e-mail address'
  if (!ID.test(value)) return 'contains whitespace'
  if (value.length > MAX_ID) return `longer than ${MAX_ID} characters`
  return null
}

/** `GA1.1.1234567890.1699999999` -> `1234567890.1699999999` (the client id gtag sends as `cid`). */
export function gaClientIdFromCookie(cookie: string): string | undefined {
  const m = /(?:^|;\s*)_ga=GA\d+\.\d+\.(\d+\.\d+)(?:;|$)/.exec(cookie)
  return m?.[1]
}

type SegmentUser = { anonymousId?: () => unknown; id?: () => unknown }
type SegmentLike = { user?: () => SegmentUser | undefined }

function storedSegmentId(key: string): string | undefined {
  try {
    const raw = globalThis.localStorage?.getItem(key)
    if (raw) {
      // analytics.js stores JSON strings ("\"abc\""); older versions store them bare.
      try {
        const v = JSON.parse(raw)
        if (typeof v === 'string') return v
      } catch {
        return raw
      }
    }
  } catch {
    /* storage blocked */
  }
  const cookie = readCookie()
  const m = new RegExp(`(?:^|;\\s*)${key}=([^;]+)`).exec(cookie)
  if (!m) return undefined
  try {
    return decodeURIComponent(m[1]).replace(/^"|"$/g, '')
  } catch {
    return undefined
  }
}

function readCookie(): string {
  try {
    return (globalThis as { document?: Document }).document?.cookie ?? ''
  } catch {
    return ''
  }
}

/** Reads the ids now. `refused` gets a message for each id that may not travel. */
export function readShopperIds(
  opts: IdentityOptions,
  refused: (msg: string) => void = () => {},
): ShopperIds | undefined {
  const out: ShopperIds = {}
  const put = (key: keyof ShopperIds, value: unknown, source: string) => {
    if (value === undefined || value === null || value === '') return
    const why = refuseId(value)
    if (why) {
      refused(`${source} not attached to events: ${why}`)
      return
    }
    out[key] = value as string
  }
  if (opts.ga4 !== false) put('ga_client_id', gaClientIdFromCookie(readCookie()), 'GA4 client id')
  if (opts.segment !== false) {
    const name = typeof opts.segment === 'string' ? opts.segment : 'analytics'
    let user: SegmentUser | undefined
    try {
      user = ((globalThis as Record<string, unknown>)[name] as SegmentLike | undefined)?.user?.()
    } catch {
      user = undefined
    }
    put('anonymous_id', safe(() => user?.anonymousId?.()) ?? storedSegmentId('ajs_anonymous_id'), 'Segment anonymousId')
    put('user_id', safe(() => user?.id?.()) ?? storedSegmentId('ajs_user_id'), 'Segment userId')
  }
  const customer = typeof opts.customerId === 'function' ? safe(opts.customerId) : opts.customerId
  put('customer_id', customer, 'customerId')
  return Object.keys(out).length ? out : undefined
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn() ?? undefined
  } catch {
    return undefined
  }
}
