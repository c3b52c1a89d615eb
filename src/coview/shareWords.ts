// What the shopper's share UI says, from its state and the product's own
// names: plain functions, so the page and the in-AR UI say the same thing.
import type { Product } from '../product'
import type { CoviewSuggestion } from './protocol'
import type { CoviewShopperState } from './shopperStore'
import type { CoviewStrings } from './coviewStrings'

/** "An agent suggests …" in words, from the product's own names. */
export function describeSuggestion(s: CoviewSuggestion, product: Product, strings: CoviewStrings): string {
  if (s.kind === 'variant')
    return strings.suggestionVariant(product.variants.find((v) => v.id === s.value)?.name ?? s.value)
  if (s.kind === 'shade') return strings.suggestionShade(product.shades.find((v) => v.id === s.value)?.name ?? s.value)
  if (s.kind === 'hotspot')
    return strings.suggestionHotspot(product.hotspots.find((h) => h.id === s.value)?.title ?? s.value)
  return strings.suggestionAngle
}

/** The sharing bar's sentence: reconnecting, waiting for an agent, or "An agent is viewing". */
export function sharingMessage(state: Pick<CoviewShopperState, 'connection' | 'agents'>, strings: CoviewStrings) {
  if (state.connection === 'reconnecting' || state.connection === 'connecting') return strings.reconnecting
  return state.agents > 0 ? strings.agentViewing(state.agents) : strings.waitingForAgent
}
