// Sends the shared state as diffs, and the camera at most 15 times a second:
// a drag produces 60 orbit changes a second, the agent's mirror needs far
// fewer, and the last one is always sent (trailing edge). Taps (variant,
// dimensions, hotspot, shade) go out at once.
import { applyPatch, diffState } from './diff'
import type { CoviewPatch, CoviewState } from './state'

/** Camera updates per second, at most. */
export const ORBIT_UPDATES_PER_SECOND = 15

export interface StateSenderOptions {
  /** Minimum time between two orbit updates (default 1000 / 15 ms). */
  orbitIntervalMs?: number
  now?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (timer: unknown) => void
}

/** Diffs and throttles the shared state on its way to the transport. */
export interface StateSender {
  /** The shopper's latest state: sends what changed, now or (the camera) a little later. */
  push(state: CoviewState): void
  /** The peers now hold `state` (it was just sent whole): diffs start from there. */
  reset(state: CoviewState): void
  /** Stops any pending send. */
  cancel(): void
}

/** A StateSender that hands each patch to `send`. */
export function createStateSender(send: (patch: CoviewPatch) => void, options: StateSenderOptions = {}): StateSender {
  const interval = options.orbitIntervalMs ?? 1000 / ORBIT_UPDATES_PER_SECOND
  const now = options.now ?? (() => performance.now())
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>))
  let sent: CoviewState | null = null
  let latest: CoviewState | null = null
  let lastOrbitAt = Number.NEGATIVE_INFINITY
  let timer: unknown = null

  const flush = () => {
    if (!sent || !latest) return
    const patch = diffState(sent, latest)
    if (!patch) return
    if ('orbit' in patch) {
      const wait = lastOrbitAt + interval - now()
      if (wait > 0) {
        const rest = { ...patch }
        delete rest.orbit
        if (Object.keys(rest).length) {
          sent = applyPatch(sent, rest)
          send(rest)
        }
        if (timer === null)
          timer = setTimer(() => {
            timer = null
            flush()
          }, wait)
        return
      }
      lastOrbitAt = now()
    }
    sent = applyPatch(sent, patch)
    send(patch)
  }

  return {
    push(state) {
      latest = state
      flush()
    },
    reset(state) {
      sent = state
      latest = state
      this.cancel()
    },
    cancel() {
      if (timer !== null) {
        clearTimer(timer)
        timer = null
      }
    },
  }
}
