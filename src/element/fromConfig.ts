// Turns the page's config (JSON, or window.vitrineConfig) into a tracker and a
// chat: the same createTracker() and createChat() a bundled store calls.
// Loaded only when the page has a config.
import {
  createTracker,
  http,
  dataLayer,
  ga4,
  segment,
  type Destination,
  type ConsentSource,
  type Tracker,
} from '../events'
import { createChat, webhook, livechat, intercom, zendesk, crisp, whatsapp, type ChatProvider } from '../chat'
import type { VitrineServices } from './services'

/** A destination by name, with its options; or a ready Destination object (window.vitrineConfig only). */
export type DestinationConfig =
  | { type: 'http'; url: string; namespace?: string; persist?: boolean }
  | { type: 'dataLayer'; name?: string }
  | { type: 'ga4'; sendTo?: string }
  | { type: 'segment'; globalName?: string }
  | Destination

export type ChatConfig =
  | { provider: 'webhook'; url: string }
  | { provider: 'livechat' | 'intercom' | 'zendesk' | 'crisp' }
  | { provider: 'whatsapp'; phone?: string }

/** The page's config block. Every key is optional. */
export interface VitrinePageConfig {
  events?: {
    destinations?: DestinationConfig[]
    /** 'granted' | 'denied' | 'pending' (default), or a callback asked before each delivery. */
    consent?: ConsentSource
    /** The CustomEvent the page's consent manager dispatches on document (default `vitrine-consent`). */
    consentEvent?: string
    sampleRate?: number
    debug?: boolean
  }
  chat?: ChatConfig
}

export function servicesFromConfig(config: VitrinePageConfig): VitrineServices {
  const tracker = config.events ? makeTracker(config.events) : undefined
  const provider = config.chat ? makeProvider(config.chat) : undefined
  const chat = provider ? createChat({ provider, tracker, debug: config.events?.debug }) : undefined
  return { tracker, chat }
}

function makeTracker(events: NonNullable<VitrinePageConfig['events']>): Tracker {
  const destinations = (events.destinations ?? []).flatMap((d, i) => {
    const made = makeDestination(d)
    if (!made)
      console.warn(
        `[vitrine] vitrine-config events.destinations.${i}: unknown destination ${JSON.stringify(d)}; skipped`,
      )
    return made ? [made] : []
  })
  const consent = events.consent ?? 'pending'
  const valid =
    typeof consent === 'function' || typeof consent === 'boolean' || ['granted', 'denied', 'pending'].includes(consent)
  if (!valid) {
    console.warn(
      `[vitrine] vitrine-config events.consent: "${String(consent)}" is not granted, denied or pending; using pending`,
    )
  }
  const tracker = createTracker({
    destinations,
    consent: valid ? consent : 'pending',
    sampleRate: events.sampleRate,
    debug: events.debug,
  })
  document.addEventListener(events.consentEvent ?? 'vitrine-consent', (event) => {
    const detail = (event as CustomEvent).detail as unknown
    const value =
      typeof detail === 'object' && detail !== null && 'analytics' in detail
        ? (detail as { analytics: unknown }).analytics
        : detail
    if (value === true || value === 'granted') tracker.setConsent('granted')
    else if (value === false || value === 'denied') tracker.setConsent('denied')
  })
  return tracker
}

function makeDestination(d: DestinationConfig): Destination | undefined {
  if (typeof (d as Destination).send === 'function') return d as Destination
  switch ((d as { type?: string }).type) {
    case 'http': {
      const o = d as { url: string; namespace?: string; persist?: boolean }
      return typeof o.url === 'string' ? http(o) : undefined
    }
    case 'dataLayer':
      return dataLayer({ name: (d as { name?: string }).name })
    case 'ga4':
      return ga4({ sendTo: (d as { sendTo?: string }).sendTo })
    case 'segment':
      return segment({ globalName: (d as { globalName?: string }).globalName })
    default:
      return undefined
  }
}

function makeProvider(chat: ChatConfig): ChatProvider | undefined {
  switch (chat.provider) {
    case 'webhook':
      return typeof chat.url === 'string' ? webhook({ url: chat.url }) : warnChat(chat)
    case 'livechat':
      return livechat()
    case 'intercom':
      return intercom()
    case 'zendesk':
      return zendesk()
    case 'crisp':
      return crisp()
    case 'whatsapp':
      return whatsapp({ phone: chat.phone })
    default:
      return warnChat(chat)
  }
}

function warnChat(chat: unknown): undefined {
  console.warn(
    `[vitrine] vitrine-config chat: cannot make a chat from ${JSON.stringify(chat)}; "Ask about this" is off`,
  )
  return undefined
}
