// At-least-once HTTP delivery: a bounded in-memory queue mirrored to
// localStorage, sent in batches by count, size or time, one request at a
// time, retried with backoff (or the server's Retry-After), and flushed with
// fetch keepalive / sendBeacon when the page is hidden or left.

import { whenIdle } from '../idle'
import type { ExitKind } from '../pageExit'
import type { VitrineEvent } from '../types'
import { backoffDelay, classifyStatus } from './backoff'
import { emptyDeliveryStats, type DeliveryOptions, type DeliveryStats } from './options'
import { canCompress, postBatch } from './transport'
import { localQueueStorage, memoryQueueStorage, type QueueStorage } from './storage'
import { readQueue, TabLease, type PersistedQueue } from './tabLease'

export type { DeliveryOptions, DeliveryStats } from './options'

interface Entry {
  event: VitrineEvent
  bytes: number
  inFlight: boolean
}

const encoder = new TextEncoder()

export class DeliveryEngine {
  private queue: Entry[] = []
  private readonly known = new Set<string>()
  private sending = false
  private attempt = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private timerAt = Infinity
  private persistPending = false
  private started = false
  private suspended = false
  private closed = false
  private readonly storage: QueueStorage
  private readonly persistEnabled: boolean
  private readonly lease: TabLease
  private readonly stats: DeliveryStats = emptyDeliveryStats()
  private compress: boolean
  private readonly o: Required<
    Omit<DeliveryOptions, 'onDrop' | 'warn' | 'fetch' | 'storage' | 'locks' | 'random' | 'compress'>
  > &
    DeliveryOptions
  private readonly detach: () => void
  readonly ready: Promise<void>

  constructor(options: DeliveryOptions) {
    // Compressed batches are not bound by the 64 KiB keepalive cap, so they can be
    // far larger: fewer requests, and gzip finds more repetition in a bigger body.
    this.compress = options.compress !== false && canCompress()
    this.o = {
      maxBatchEvents: this.compress ? 500 : 100,
      maxBatchBytes: this.compress ? 480_000 : 60_000,
      flushIntervalMs: 1000,
      maxQueue: 10_000,
      minRetryMs: 500,
      maxRetryMs: 30_000,
      persist: true,
      namespace: 'vitrine',
      exitBudgetBytes: 60_000,
      ...options,
    }
    const local = this.o.persist ? (options.storage ?? localQueueStorage()) : null
    this.persistEnabled = !!local
    this.storage = local ?? memoryQueueStorage()
    const nav = (globalThis as { navigator?: Navigator }).navigator
    const locks = options.locks !== undefined ? options.locks : (nav?.locks ?? null)
    this.lease = new TabLease(locks, this.o.namespace)
    this.detach = this.watchPageShow()
    this.ready = this.persistEnabled ? this.start() : Promise.resolve()
  }

  enqueue(events: readonly VitrineEvent[]) {
    if (this.closed) return
    for (const event of events) this.add(event)
    this.trim()
    this.changed()
    const pendingCount = this.queue.length - this.stats.inFlight
    this.schedule(pendingCount >= this.o.maxBatchEvents ? 0 : this.o.flushIntervalMs)
  }

  getStats(): DeliveryStats {
    return { ...this.stats, queued: this.queue.length }
  }

  /** Send now (respecting any backoff); on page exit use keepalive and persist synchronously. */
  flush(exit?: ExitKind): void {
    if (!exit) {
      this.schedule(0)
      return
    }
    if (this.suspended) return
    this.exitSend()
    this.persistNow(exit === 'pagehide')
    if (exit === 'pagehide') {
      // After this another tab may adopt our queue: stop touching storage until pageshow.
      this.suspended = true
      this.clearTimer()
      this.lease.release()
    }
  }

  close() {
    this.closed = true
    this.clearTimer()
    this.detach()
    this.persistNow(false)
    this.lease.release()
  }

  private async start() {
    await this.lease.acquire()
    await this.adopt()
    this.started = true
    this.persistNow(false)
    if (this.queue.length) this.schedule(0)
  }

  private async adopt() {
    if (!this.persistEnabled) return
    let adopted: VitrineEvent[] = []
    try {
      const found = await this.lease.adoptOrphans(this.storage)
      adopted = found.events
      // The collector's Retry-After outlives the page that was told.
      this.stats.nextAttemptAt = Math.max(this.stats.nextAttemptAt, found.retryAt)
    } catch (err) {
      this.o.warn?.('could not adopt persisted queues', err)
    }
    if (!adopted.length) return
    const before = this.queue
    this.queue = []
    for (const event of adopted) this.add(event)
    this.stats.adopted += this.queue.length
    this.queue.push(...before)
    this.trim()
    this.changed()
    this.schedule(0)
  }

  private add(event: VitrineEvent) {
    if (this.known.has(event.id)) return
    this.known.add(event.id)
    this.queue.push({ event, bytes: encoder.encode(JSON.stringify(event)).length + 1, inFlight: false })
  }

  /** Bounded queue: drop the oldest events that are not in flight. */
  private trim() {
    let over = this.queue.length - this.o.maxQueue
    if (over <= 0) return
    const kept: Entry[] = []
    let dropped = 0
    for (const entry of this.queue) {
      if (over > 0 && !entry.inFlight) {
        over--
        dropped++
        this.known.delete(entry.event.id)
        continue
      }
      kept.push(entry)
    }
    this.queue = kept
    this.stats.dropped += dropped
    this.o.warn?.(`queue full: dropped the ${dropped} oldest events (${this.stats.dropped} so far)`)
    try {
      this.o.onDrop?.(dropped, this.stats.dropped)
    } catch {
      /* the store's handler must not break delivery */
    }
  }

  private takeBatch(maxBytes: number, maxEvents: number): Entry[] {
    const batch: Entry[] = []
    let bytes = 40 // envelope
    for (const entry of this.queue) {
      if (entry.inFlight) continue
      if (batch.length >= maxEvents || (batch.length && bytes + entry.bytes > maxBytes)) break
      batch.push(entry)
      bytes += entry.bytes
    }
    return batch
  }

  private pump = () => {
    this.timer = undefined
    this.timerAt = Infinity
    // Until adoption is done we may not know the collector's Retry-After.
    if (this.sending || this.suspended || this.closed || (this.persistEnabled && !this.started)) return
    const wait = this.stats.nextAttemptAt - Date.now()
    if (wait > 0) {
      this.schedule(wait)
      return
    }
    const batch = this.takeBatch(this.o.maxBatchBytes, this.o.maxBatchEvents)
    if (!batch.length) return
    this.sending = true
    void this.post(batch, false).finally(() => {
      this.sending = false
      // A backlog drains back to back; a partial batch waits for more company.
      const pendingCount = this.queue.length - this.stats.inFlight
      if (pendingCount > 0) this.schedule(pendingCount >= this.o.maxBatchEvents ? 0 : this.o.flushIntervalMs)
    })
  }

  /** Sends a batch and settles its entries. Resolves with the status (0 = network error). */
  private async post(batch: Entry[], keepalive: boolean): Promise<number> {
    for (const e of batch) e.inFlight = true
    this.stats.inFlight += batch.length
    this.stats.requests++
    const fetchFn = this.o.fetch ?? globalThis.fetch
    const { status, retryAfter, compressed, bytes } = await postBatch(
      fetchFn,
      this.o.url,
      batch.map((e) => e.event),
      keepalive,
      this.compress,
    )
    this.stats.inFlight -= batch.length
    this.stats.lastStatus = status
    this.stats.wireBytes += bytes
    if (compressed) this.stats.compressedRequests++
    if (this.suspended) return status // storage belongs to whoever adopts it now
    if (compressed && status === 415) {
      // The collector does not take gzip: say so once, send plain from now on, at once.
      this.compress = false
      this.o.warn?.('collector answered 415 to a gzip body; sending uncompressed from now on')
      for (const e of batch) e.inFlight = false
      this.schedule(0)
      return status
    }
    const outcome = classifyStatus(status)
    if (outcome === 'retry') {
      for (const e of batch) e.inFlight = false
      this.attempt++
      this.stats.retries++
      const delay =
        retryAfter ??
        backoffDelay(this.attempt, { minMs: this.o.minRetryMs, maxMs: this.o.maxRetryMs, random: this.o.random })
      this.stats.nextAttemptAt = Math.max(this.stats.nextAttemptAt, Date.now() + delay)
      this.schedule(delay)
      return status
    }
    if (outcome === 'reject') {
      this.stats.rejected += batch.length
      this.o.warn?.(`collector rejected ${batch.length} events with HTTP ${status}; they will not be retried`)
    } else {
      this.stats.acked += batch.length
      this.attempt = 0
      this.stats.nextAttemptAt = 0
    }
    const done = new Set(batch)
    for (const e of batch) this.known.delete(e.event.id)
    this.queue = this.queue.filter((e) => !done.has(e))
    this.changed()
    return status
  }

  /** On exit: send what fits in the keepalive budget, unless the server asked us to wait. */
  private exitSend() {
    if (Date.now() < this.stats.nextAttemptAt) return
    let budget = this.o.exitBudgetBytes
    while (budget > 200) {
      const chunk = this.takeBatch(Math.min(budget, this.o.maxBatchBytes), Infinity)
      if (!chunk.length) break
      budget -= chunk.reduce((n, e) => n + e.bytes, 40)
      void this.post(chunk, true)
    }
  }

  private schedule(ms: number) {
    if (this.closed || this.suspended) return
    const at = Date.now() + ms
    if (this.timer !== undefined && this.timerAt <= at) return
    this.clearTimer()
    this.timerAt = at
    this.timer = setTimeout(this.pump, ms)
  }

  private clearTimer() {
    if (this.timer !== undefined) clearTimeout(this.timer)
    this.timer = undefined
    this.timerAt = Infinity
  }

  /** Mirror to storage soon, off the critical path. */
  private changed() {
    if (!this.persistEnabled || this.persistPending) return
    this.persistPending = true
    setTimeout(
      () =>
        whenIdle(() => {
          this.persistPending = false
          this.persistNow(false)
        }),
      1000,
    )
  }

  private persistNow(closing: boolean) {
    // Leaving before our lock was granted still keeps the queue: written as closed,
    // it is an orphan the next page adopts.
    if (!this.persistEnabled || this.suspended || (!this.lease.held && !closing)) return
    const key = this.lease.queueKey
    try {
      if (!this.queue.length) {
        this.storage.remove(key)
        return
      }
      const record: PersistedQueue = { v: 1, savedAt: Date.now(), events: this.queue.map((e) => e.event) }
      if (closing) record.closed = true
      if (this.stats.nextAttemptAt > Date.now()) record.retryAt = this.stats.nextAttemptAt
      this.storage.set(key, JSON.stringify(record))
    } catch (err) {
      this.o.warn?.('could not persist the event queue (storage full?); it is kept in memory only', err)
    }
  }

  /** Back from the bfcache: take the lock again and reload our queue (another tab may have adopted it). */
  private watchPageShow(): () => void {
    const win = (globalThis as { window?: Window }).window
    if (!win?.addEventListener) return () => {}
    const onShow = (e: PageTransitionEvent) => {
      if (!e.persisted || !this.suspended) return
      void this.lease
        .acquire()
        .then(() => {
          const saved = readQueue(this.storage, this.lease.queueKey)
          this.queue = []
          this.known.clear()
          this.stats.inFlight = 0
          this.sending = false
          this.suspended = false
          for (const event of saved?.events ?? []) this.add(event)
          return this.adopt()
        })
        .then(() => this.schedule(0))
    }
    win.addEventListener('pageshow', onShow)
    return () => win.removeEventListener('pageshow', onShow)
  }
}
