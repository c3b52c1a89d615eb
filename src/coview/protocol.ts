// The messages of the co-view relay, as the browser sends and reads them.
// The relay checks every one with tools/relayFilter.mjs (a unit test runs each
// message built here through it). Nothing carries an image or the camera.
import type { CoviewOrbit, CoviewPatch, CoviewState } from './state'

/** What an agent can point at or propose. */
export type SuggestionKind = 'variant' | 'shade' | 'hotspot' | 'angle'

/** One suggestion from the agent: applied on the shopper's side only when they tap it. */
export type CoviewSuggestion =
  | { id: string; kind: 'variant' | 'shade' | 'hotspot'; value: string }
  | { id: string; kind: 'angle'; value: CoviewOrbit }

/** Shopper -> agents. */
export type ShopperMessage =
  | { t: 'state'; s: CoviewState }
  | { t: 'patch'; s: CoviewPatch }
  | { t: 'answer'; id: string; accepted: boolean }
  | { t: 'end'; reason: 'stopped' | 'left' }

/** Agent -> shopper. */
export type AgentMessage = { t: 'suggest' } & CoviewSuggestion

/** Relay -> either side. */
export type RelayMessage =
  | { t: 'welcome'; role: 'shopper' | 'agent'; peers: string[] }
  | { t: 'peer'; event: 'joined' | 'left'; peer: string }
  | { t: 'ended'; reason: string }
  | { t: 'dropped'; reason: string }

/** Everything a client may receive. */
export type IncomingMessage = RelayMessage | ShopperMessage | AgentMessage

/** The WebSocket sub-protocol of the relay (the token rides beside it as `t.<token>`). */
export const COVIEW_PROTOCOL = 'vitrine-coview.1'

/** Close codes of the relay: `refused` and `closed` are final, `ended` means the shopper stopped. */
export const COVIEW_CLOSE = { ended: 4000, refused: 4401, closed: 4404, replaced: 4409 } as const

/** Parses a frame from the relay; null for anything that is not one of our messages. */
export function parseIncoming(data: unknown): IncomingMessage | null {
  if (typeof data !== 'string' || data.length > 4096) return null
  try {
    const message = JSON.parse(data) as { t?: unknown }
    return message && typeof message === 'object' && typeof message.t === 'string' ? (message as IncomingMessage) : null
  } catch {
    return null
  }
}

/** A short random id for a suggestion (not a secret). */
export function suggestionId(): string {
  return `s${Math.random().toString(36).slice(2, 10)}`
}
