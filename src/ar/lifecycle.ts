import type { CatalogueEmit, EventPropsMap } from '../events/catalog'
import type { ArAdjustKind, ArFailureReason, ArMode, ArSurface } from './types'

/** Typed by the event catalogue. */
export type ArEmit = CatalogueEmit

/**
 * One AR lifecycle for every mode: keeps the session's start time, whether
 * the product was placed and when a surface was first found, and makes sure
 * `ar_ended` follows `ar_started` exactly once.
 */
export class ArLifecycle {
  private startedAt: number | undefined
  private searchStartedAt: number | undefined
  private surfaceFound = false
  private placedOnce = false
  private mode: ArMode | undefined
  private inferred = false
  private trackingLost = false

  constructor(
    private readonly emit: ArEmit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get active(): boolean {
    return this.startedAt !== undefined
  }

  offered(mode: ArMode | undefined): void {
    this.emit('ar_offered', { mode: mode ?? null })
  }

  tapped(mode: ArMode): void {
    this.emit('ar_tapped', { mode })
  }

  started(mode: ArMode, inferred = false): void {
    if (this.active) return
    this.mode = mode
    this.inferred = inferred
    this.startedAt = this.now()
    this.searchStartedAt = this.startedAt
    this.surfaceFound = false
    this.placedOnce = false
    this.trackingLost = false
    this.emit('ar_started', inferred ? { mode, inferred: true } : { mode })
  }

  /** The first real hit of this search: how long the shopper waited. */
  surfaceFoundNow(): void {
    if (!this.active || this.surfaceFound) return
    this.surfaceFound = true
    this.emit('ar_surface_found', { ms: Math.round(this.now() - (this.searchStartedAt ?? this.now())) })
  }

  /** "Re-place": the next hit counts as a new search. */
  searchAgain(): void {
    this.surfaceFound = false
    this.searchStartedAt = this.now()
  }

  placed(surface: ArSurface, distance: number, position: { x: number; y: number; z: number }): void {
    this.placedOnce = true
    this.emit('ar_placed', {
      surface,
      distance_m: round(distance),
      x: round(position.x),
      y: round(position.y),
      z: round(position.z),
    })
  }

  adjusted(kind: ArAdjustKind, props: { scale?: number } = {}): void {
    this.emit('ar_adjusted', { kind, ...props })
  }

  trackingChanged(tracking: boolean): void {
    if (!this.active) return
    if (!tracking && !this.trackingLost) {
      this.trackingLost = true
      this.emit('ar_tracking_lost')
    } else if (tracking && this.trackingLost) {
      this.trackingLost = false
      this.emit('ar_tracking_resumed')
    }
  }

  failed(reason: ArFailureReason, mode: ArMode | undefined, message?: string): void {
    this.emit('ar_failed', { reason, mode: mode ?? null, message: message?.slice(0, 100) })
  }

  ended(): void {
    if (this.startedAt === undefined) return
    const props: EventPropsMap['ar_ended'] = {
      mode: this.mode,
      dwell_ms: Math.round(this.now() - this.startedAt),
      placed: this.placedOnce,
    }
    if (this.inferred) props.inferred = true
    this.startedAt = undefined
    this.emit('ar_ended', props)
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000
