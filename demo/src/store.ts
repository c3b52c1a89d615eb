// The store's own wiring, exactly as a storefront developer would write it:
// one tracker (our collector + the live panel), one chat hand-off.
import { createTracker, http } from 'vitrine/events'
import { createChat, webhook } from 'vitrine/chat'
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

export const chat = createChat({
  provider: webhook({ url: '/collect/handoff' }),
  uploadSnapshot: collectorSnapshotUpload(`${location.origin}/collect`),
  tracker,
})
