// Attribute values of <vitrine-product>, parsed without throwing: a bad value
// becomes the default plus a problem to report.

export const LOADING_VALUES = ['lazy', 'eager', 'interaction'] as const
export const THEME_VALUES = ['light', 'dark', 'auto'] as const
export const ACTION_VALUES = ['ar', 'try-on', 'chat', 'cart'] as const
export const FORMAT_VALUES = ['vitrine', 'shopify'] as const

/** `loading` attribute: `lazy` (3D near the viewport), `eager`, or `interaction` (poster until tapped). */
export type ElementLoading = (typeof LOADING_VALUES)[number]
/** `theme` attribute: light, dark, or auto (follows the shopper's setting). */
export type ElementTheme = (typeof THEME_VALUES)[number]
/** One action of the `actions` attribute (a space-separated list): which buttons the element offers. */
export type ElementAction = (typeof ACTION_VALUES)[number]
export type ProductFormat = (typeof FORMAT_VALUES)[number]

/** The preview's `actions` prop. */
export interface ActionSet {
  ar: boolean
  tryOn: boolean
  chat: boolean
  cart: boolean
}

export interface Parsed<T> {
  value: T
  problem?: string
}

/** One of `allowed`, or `fallback` when absent; a wrong value is the fallback plus a problem. */
export function parseEnum<T extends string>(raw: string | null, allowed: readonly T[], fallback: T): Parsed<T> {
  if (raw === null || raw.trim() === '') return { value: fallback }
  const value = raw.trim().toLowerCase()
  if ((allowed as readonly string[]).includes(value)) return { value: value as T }
  return { value: fallback, problem: `must be one of ${allowed.join(', ')}; using "${fallback}"` }
}

/**
 * `actions="ar try-on chat"` (spaces or commas). Default: AR, try-on and chat;
 * `cart` only when asked for, because the store must handle `vitrine-add-to-cart`.
 * Unknown words are reported and ignored.
 */
export function parseActions(raw: string | null): Parsed<ActionSet> {
  const defaults: ActionSet = { ar: true, tryOn: true, chat: true, cart: false }
  if (raw === null) return { value: defaults }
  const words = raw
    .split(/[\s,]+/)
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)
  const unknown = words.filter((w) => !(ACTION_VALUES as readonly string[]).includes(w))
  const has = (w: ElementAction) => words.includes(w)
  const value = { ar: has('ar'), tryOn: has('try-on'), chat: has('chat'), cart: has('cart') }
  return unknown.length
    ? {
        value,
        problem: `unknown action${unknown.length > 1 ? 's' : ''} ${unknown.map((w) => `"${w}"`).join(', ')} ignored; known: ${ACTION_VALUES.join(', ')}`,
      }
    : { value }
}
