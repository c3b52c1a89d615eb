// The page's tracker and chat for every <vitrine-product> on it. A page with a
// bundler calls configureVitrine({ tracker, chat }); the self-contained build
// fills it from the page's config block. Events made before a tracker exists
// are held (bounded) and handed over when it arrives.
import type { TrackInput, TrackerLike } from '../events/types'
import type { ChatLike } from '../chat/types'

/** What the elements use: the same `TrackerLike` / `ChatLike` as `<VitrineProvider>`. */
export interface VitrineServices {
  tracker?: TrackerLike
  chat?: ChatLike
}

const MAX_HELD = 200
/** Longest wait for a poster before the tracker and chat load anyway. */
const LOAD_ANYWAY_MS = 5000
let current: VitrineServices = {}
let held: TrackInput[] = []
const listeners = new Set<() => void>()
let loader: (() => void) | undefined
let chatComing = false
const chatWaiters: ((chat: ChatLike) => void)[] = []

/**
 * The self-contained build's way in: `load` fetches and makes the tracker and
 * chat (then calls configureVitrine). It runs once it is needed: after the first
 * poster is up, on the first event, on a tap on "Ask about this", or after 5 s,
 * so the analytics code is never downloaded before a poster.
 */
export function deferServices(load: () => void, expect: { chat: boolean }): void {
  loader = load
  chatComing = expect.chat
  setTimeout(needServices, LOAD_ANYWAY_MS)
}

/** Starts the deferred load now (no-op once started, or when nothing is deferred). */
export function needServices(): void {
  const load = loader
  loader = undefined
  load?.()
}

/** A poster is on screen: the tracker and chat may load when the page is idle. */
export function posterShown(): void {
  if (!loader) return
  if (typeof requestIdleCallback === 'function') requestIdleCallback(needServices, { timeout: 1000 })
  else setTimeout(needServices, 200)
}

/** A chat is configured, or announced by the page config and on its way. */
export function hasChat(): boolean {
  return !!current.chat || chatComing
}

/** Runs `fn` with the chat, now or once it has loaded. */
export function withChat(fn: (chat: ChatLike) => void): void {
  if (current.chat) {
    fn(current.chat)
    return
  }
  if (!chatComing) return
  chatWaiters.push(fn)
  needServices()
}

/** Gives every `<vitrine-product>` on the page this tracker and chat (merged with what was set before). */
export function configureVitrine(services: VitrineServices): void {
  current = { ...current, ...services }
  chatComing = false
  if (current.chat) for (const fn of chatWaiters.splice(0)) fn(current.chat)
  if (current.tracker && held.length) {
    const events = held
    held = []
    for (const event of events) track(event)
  }
  for (const listener of listeners) listener()
}

/** The services set so far. */
export function vitrineServices(): VitrineServices {
  return current
}

/** Called when configureVitrine() changes something (a chat arriving shows "Ask about this"). */
export function onServicesChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** To the tracker, or held until one is configured. */
export function track(input: TrackInput): void {
  const tracker = current.tracker
  if (!tracker) {
    needServices()
    held.push(input)
    if (held.length > MAX_HELD) held.splice(0, held.length - MAX_HELD)
    return
  }
  try {
    tracker.track(input)
  } catch (err) {
    console.error('[vitrine-product] tracker.track threw', err)
  }
}
