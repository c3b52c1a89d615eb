// The store's own wiring, exactly as a storefront developer would write it:
// one tracker (our collector + the live panel), one chat hand-off.
import { createTracker, http } from 'vitrine/events'
import { createChat, webhook } from 'vitrine/chat'
import { coviewServer, createCoview } from 'vitrine'
import { createEventFeed } from './EventPanel'
import { collectorSnapshotUpload } from './inbox/api'

export const feed = createEventFeed()

const CONSENT_KEY = 'maison-nord-consent'
const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(CONSENT_KEY)

export const tracker = createTracker({
  destinations: [http({ url: '/collect' }), feed.destination],
  consent: saved === 'granted' ? 'granted' : saved === 'denied' ? 'denied' : 'pending',
})

export function setConsent(granted: boolean) {
  localStorage.setItem(CONSENT_KEY, granted ? 'granted' : 'denied')
  tracker.setConsent(granted ? 'granted' : 'denied')
}

export const consentAnswered = () => localStorage.getItem(CONSENT_KEY) !== null

/** "Show an agent": rooms and tokens from this store's server (demo/start.mjs), the relay for the live view. */
export const coview = createCoview({ server: coviewServer('/coview'), tracker })

export const chat = createChat({
  provider: webhook({ url: '/collect/handoff' }),
  uploadSnapshot: collectorSnapshotUpload(`${location.origin}/collect`),
  tracker,
  // Asking in chat also offers the live view; the hand-off then carries its room.
  coview,
})
