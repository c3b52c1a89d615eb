// Calls into a third-party widget's global, safely: queued until the global
// (and, where needed, its ready state) exists, replayed in order, and a no-op
// with one warning when the widget never shows up.

export interface WidgetOptions<T> {
  /** Global name, e.g. 'zE'. */
  global: string
  /** Whether the global can take calls yet (default: it exists). */
  isReady?: (g: T) => boolean
  /** How long to wait for the widget's script before giving up (default 15 s). */
  waitMs?: number
  /** Where warnings go. */
  warn: (message: string) => void
}

export interface Widget<T> {
  /** Run now if the widget is there, else queue (bounded) until it is. Never throws. */
  call(fn: (g: T) => void): void
  readonly available: boolean
}

const POLL_MS = 200
const MAX_QUEUE = 50

export function widget<T>(opts: WidgetOptions<T>): Widget<T> {
  const waitMs = opts.waitMs ?? 15_000
  const queue: ((g: T) => void)[] = []
  let timer: ReturnType<typeof setInterval> | undefined
  let gaveUp = false
  let warned = false

  const lookup = (): T | undefined => {
    const g = (globalThis as Record<string, unknown>)[opts.global] as T | undefined
    if (g === undefined || g === null) return undefined
    return !opts.isReady || opts.isReady(g) ? g : undefined
  }
  const run = (g: T, fn: (g: T) => void) => {
    try {
      fn(g)
    } catch (err) {
      opts.warn(`${opts.global} call failed: ${String(err)}`)
    }
  }
  const replay = (g: T) => {
    for (const fn of queue.splice(0)) run(g, fn)
  }
  const warnMissing = () => {
    if (warned) return
    warned = true
    opts.warn(`window.${opts.global} is not on this page; chat calls are ignored. Load the widget's snippet.`)
  }
  const watch = () => {
    if (timer !== undefined || gaveUp) return
    const started = Date.now()
    timer = setInterval(() => {
      const g = lookup()
      if (g !== undefined) {
        clearInterval(timer)
        timer = undefined
        replay(g)
        return
      }
      if (Date.now() - started >= waitMs) {
        clearInterval(timer)
        timer = undefined
        gaveUp = true
        queue.length = 0
        warnMissing()
      }
    }, POLL_MS)
  }

  return {
    call(fn) {
      const g = lookup()
      if (g !== undefined) {
        replay(g)
        run(g, fn)
        return
      }
      if (gaveUp) {
        warnMissing()
        return
      }
      queue.push(fn)
      if (queue.length > MAX_QUEUE) queue.shift()
      watch()
    },
    get available() {
      return lookup() !== undefined
    },
  }
}
