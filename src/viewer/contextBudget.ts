/**
 * Browsers cap live WebGL contexts (Chrome: 16, many phones far fewer) and
 * each costs GPU memory, so a listing page of 12 viewers must not hold 12.
 * Viewers ask this budget for a slot before creating their 3D view. An
 * automatic request (in view, eager) waits for a free slot; a shopper's tap
 * takes the slot of the viewer used least recently, which steps back to its
 * poster.
 */
export interface ContextSlot {
  /** Gives the slot back (unmount, error). */
  release(): void
  /** Marks the viewer as just used, so it is evicted last. */
  touch(): void
}

interface Holder {
  id: number
  lastUsed: number
  evict(): void
}
interface Waiter {
  id: number
  grant(slot: ContextSlot): void
  evict(): void
}

export function createContextBudget(maxLive: number) {
  const holders = new Map<number, Holder>()
  const waiters: Waiter[] = []
  let nextId = 1
  let clock = 0

  function makeSlot(id: number, evict: () => void): ContextSlot {
    holders.set(id, { id, lastUsed: ++clock, evict })
    return {
      release() {
        if (!holders.delete(id)) return
        const next = waiters.shift()
        if (next) next.grant(makeSlot(next.id, next.evict))
      },
      touch() {
        const holder = holders.get(id)
        if (holder) holder.lastUsed = ++clock
      },
    }
  }

  return {
    /**
     * Asks for a slot. `user` requests (a tap) always succeed, evicting the
     * least recently used holder; `auto` requests wait in line. Returns a
     * function that cancels the request or releases the slot.
     */
    request(priority: 'auto' | 'user', onGranted: (slot: ContextSlot) => void, onEvicted: () => void): () => void {
      const id = nextId++
      let slot: ContextSlot | undefined
      const grant = (s: ContextSlot) => {
        slot = s
        onGranted(s)
      }
      if (holders.size < maxLive) {
        grant(makeSlot(id, onEvicted))
      } else if (priority === 'user') {
        const victim = [...holders.values()].sort((a, b) => a.lastUsed - b.lastUsed)[0]
        holders.delete(victim.id)
        victim.evict()
        grant(makeSlot(id, onEvicted))
      } else {
        waiters.push({ id, grant, evict: onEvicted })
      }
      return () => {
        const waiting = waiters.findIndex((w) => w.id === id)
        if (waiting >= 0) waiters.splice(waiting, 1)
        slot?.release()
      }
    },
    /** Viewers holding a slot now. */
    live: () => holders.size,
    waiting: () => waiters.length,
    maxLive,
  }
}

export type ContextBudget = ReturnType<typeof createContextBudget>

let pageBudget: ContextBudget | undefined

/** The page-wide budget shared by every viewer (default: 2 live 3D views). */
export function getContextBudget(): ContextBudget {
  return (pageBudget ??= createContextBudget(2))
}

/** Changes how many viewers may hold a live 3D view at once on this page. Call before viewers mount. */
export function setMaxLiveViewers(maxLive: number): void {
  pageBudget = createContextBudget(Math.max(1, Math.floor(maxLive)))
}
