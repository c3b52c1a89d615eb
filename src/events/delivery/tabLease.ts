// Which tab owns which persisted queue. Each tab persists its queue under its
// own key and holds a Web Lock named after it for as long as it lives (the
// browser releases it when the tab goes away). A queue whose lock nobody
// holds is an orphan; tabs adopt orphans inside one exclusive "adopt" lock and
// delete the key in the same step, so two tabs never take the same events.

import { newId } from '../ids'
import type { VitrineEvent } from '../types'
import type { QueueStorage } from './storage'

export interface PersistedQueue {
  v: 1
  savedAt: number
  /** Written on pagehide: the tab left cleanly. */
  closed?: boolean
  /** Epoch ms before which the collector asked not to be called (Retry-After / backoff). */
  retryAt?: number
  events: VitrineEvent[]
}

/** Without Web Locks, a queue nobody closed is taken over after this long without a write. */
export const STALE_QUEUE_MS = 5 * 60_000

export interface Adopted {
  events: VitrineEvent[]
  retryAt: number
}

export class TabLease {
  readonly tabId = newId()
  private releaseLock: (() => void) | undefined
  held = false

  constructor(
    private readonly locks: LockManager | null,
    private readonly namespace: string,
  ) {}

  get queueKey() {
    return `${this.namespace}:q:${this.tabId}`
  }
  private lockName(tabId: string) {
    return `${this.namespace}:tab:${tabId}`
  }

  async acquire(): Promise<void> {
    if (this.held) return
    if (!this.locks) {
      this.held = true
      return
    }
    await new Promise<void>((granted) => {
      this.locks!.request(this.lockName(this.tabId), () => {
        this.held = true
        granted()
        return new Promise<void>((release) => {
          this.releaseLock = release
        })
      }).catch(() => granted())
    })
  }

  release() {
    this.held = false
    this.releaseLock?.()
    this.releaseLock = undefined
  }

  /** Takes the events of every orphaned queue, removing those queues from storage. */
  async adoptOrphans(storage: QueueStorage): Promise<Adopted> {
    const prefix = `${this.namespace}:q:`
    if (!this.locks) return this.take(storage, prefix, (q) => !!q.closed || Date.now() - q.savedAt > STALE_QUEUE_MS)
    return this.locks.request(`${this.namespace}:adopt`, async () => {
      const snapshot = await this.locks!.query()
      const held = new Set((snapshot.held ?? []).map((l) => l.name))
      return this.take(storage, prefix, (_, tabId) => !held.has(this.lockName(tabId)))
    })
  }

  private take(
    storage: QueueStorage,
    prefix: string,
    orphaned: (q: PersistedQueue, tabId: string) => boolean,
  ): Adopted {
    const out: Adopted = { events: [], retryAt: 0 }
    for (const key of storage.keys(prefix)) {
      const tabId = key.slice(prefix.length)
      if (tabId === this.tabId) continue
      const queue = readQueue(storage, key)
      if (!queue) {
        storage.remove(key)
        continue
      }
      if (!orphaned(queue, tabId)) continue
      storage.remove(key)
      out.events.push(...queue.events)
      out.retryAt = Math.max(out.retryAt, queue.retryAt ?? 0)
    }
    return out
  }
}

export function readQueue(storage: QueueStorage, key: string): PersistedQueue | null {
  try {
    const raw = storage.get(key)
    if (!raw) return null
    const parsed = JSON.parse(raw) as PersistedQueue
    return parsed?.v === 1 && Array.isArray(parsed.events) ? parsed : null
  } catch {
    return null
  }
}
