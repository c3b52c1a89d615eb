import type { ExitKind } from './pageExit'
import type { ProductInfo, VitrineEvent } from './types'

export type { ProductInfo } from './types'

export interface Logger {
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}

/** What the tracker hands a destination besides the events: product names, debug mode, a warning logger. */
export interface DestinationContext {
  /** The product described with `tracker.describeProduct()`, if any. */
  product(id: string): ProductInfo | undefined
  /** True when the tracker was created with `debug: true`. */
  debug: boolean
  /** Warns only in debug mode. */
  warn(...args: unknown[]): void
}

/**
 * Where consented, scrubbed events go. `send` is called from an idle callback
 * with a batch; it must not throw (the tracker guards it anyway).
 */
export interface Destination {
  readonly name: string
  send(events: readonly VitrineEvent[], ctx: DestinationContext): void
  /** Called once, when consent is first known to be granted (e.g. to resume a persisted queue). */
  start?(ctx: DestinationContext): void
  /** Deliver anything still pending now; `exit` says the page is being hidden or left. */
  flush?(exit?: ExitKind): void | Promise<void>
  /** Stop timers and listeners. */
  close?(): void
}

/** The variant or shade name for an event, falling back to its id. */
export function variantLabel(event: VitrineEvent, product: ProductInfo | undefined): string | undefined {
  if (event.shadeId) return product?.shades?.find((s) => s.id === event.shadeId)?.name ?? event.shadeId
  if (event.variantId) return product?.variants?.find((v) => v.id === event.variantId)?.name ?? event.variantId
  return undefined
}
