/** Where the shopper's analytics consent stands. */
export type ConsentState = 'granted' | 'denied' | 'pending'

/** The store's consent: a state, a boolean (true = granted), or a function asked before each delivery. */
export type ConsentSource = ConsentState | boolean | (() => ConsentState | boolean | null | undefined)

/** Why a consent value is not one the tracker understands, or null when it is. */
export function checkConsent(source: unknown): string | null {
  if (typeof source === 'function' || typeof source === 'boolean') return null
  if (source === 'granted' || source === 'denied' || source === 'pending') return null
  return `consent must be 'granted', 'denied', 'pending', true, false or a function returning one of them; got ${JSON.stringify(source) ?? String(source)}. Events are held until it is one of them.`
}

/** The consent state now; anything unreadable counts as pending. */
export function readConsent(source: ConsentSource): ConsentState {
  if (source === true) return 'granted'
  if (source === false) return 'denied'
  if (typeof source !== 'function') return source === 'granted' || source === 'denied' ? source : 'pending'
  let value: ReturnType<Extract<ConsentSource, () => unknown>>
  try {
    value = source()
  } catch {
    return 'pending'
  }
  if (value === true) return 'granted'
  if (value === false) return 'denied'
  return value === 'granted' || value === 'denied' ? value : 'pending'
}

/**
 * Holds events made before consent. Bounded: when full, the oldest go and
 * are counted. Sent if consent is granted, dropped if it is refused.
 */
export class ConsentBuffer<T> {
  private items: T[] = []
  dropped = 0
  constructor(readonly capacity: number) {}
  get size() {
    return this.items.length
  }
  push(batch: readonly T[]) {
    for (const item of batch) this.items.push(item)
    const over = this.items.length - this.capacity
    if (over > 0) {
      this.items.splice(0, over)
      this.dropped += over
    }
  }
  drain(): T[] {
    const out = this.items
    this.items = []
    return out
  }
  clear(): number {
    const n = this.items.length
    this.items = []
    return n
  }
}
