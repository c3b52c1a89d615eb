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
let current: VitrineServices = {}
let held: TrackInput[] = []
const listeners = new Set<() => void>()

/** Gives every `<vitrine-product>` on the page this tracker and chat (merged with what was set before). */
export function configureVitrine(services: VitrineServices): void {
  current = { ...current, ...services }
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
  return () => { listeners.delete(listener) }
}

/** To the tracker, or held until one is configured. */
export function track(input: TrackInput): void {
  const tracker = current.tracker
  if (!tracker) {
    held.push(input)
    if (held.length > MAX_HELD) held.splice(0, held.length - MAX_HELD)
    return
  }
  try { tracker.track(input) } catch (err) { console.error('[vitrine-product] tracker.track threw', err) }
}
