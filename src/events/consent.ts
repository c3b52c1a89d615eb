export type ConsentState = 'granted' | 'denied' | 'pending'

/** The store's consent: a fixed state, or a function asked before each delivery (true = granted). */
export type ConsentSource = ConsentState | (() => ConsentState | boolean | null | undefined)

export function readConsent(source: ConsentSource): ConsentState {
  if (typeof source !== 'function') return source
  let value: ReturnType<Exclude<ConsentSource, ConsentState>>
  try { value = source() } catch { return 'pending' }
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
  get size() { return this.items.length }
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
