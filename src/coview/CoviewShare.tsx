import { useMemo, useSyncExternalStore } from 'react'
import type { Product } from '../product'
import type { Coview, CoviewShopperState } from './shopperStore'
import { defaultCoviewStrings, type CoviewStrings } from './coviewStrings'
import { COVIEW_CSS, hotspotHighlightCss } from './coviewCss'
import { VitrineStyles } from '../ui/styles'
import { CoviewPrompt } from './CoviewPrompt'
import { CoviewBar } from './CoviewBar'
import { CoviewSuggestionCard } from './CoviewSuggestionCard'

/** Props of `<CoviewShare>`. */
export interface CoviewShareProps {
  coview: Coview
  /** Names the agent's suggestions (variant, shade and hotspot names). */
  product: Product
  strings?: Partial<CoviewStrings>
  /**
   * `page` (default) under the product; `ar` inside an AR session's overlay, over the camera
   * (the same prompt, bar and suggestion, sized for a phone held up).
   */
  place?: 'page' | 'ar'
}

/**
 * The shopper's side of "Show it to an agent": the button, the consent prompt
 * in plain words, the "An agent is viewing" bar with Stop sharing, and the
 * agent's suggestion, which only the shopper's tap applies.
 */
export function CoviewShare({ coview, product, strings: overrides, place = 'page' }: CoviewShareProps) {
  const state: CoviewShopperState = useSyncExternalStore(coview.subscribe, coview.getState, coview.getState)
  const strings = useMemo(() => ({ ...defaultCoviewStrings, ...overrides }), [overrides])
  const { suggestion, phase } = state

  return (
    <div className="vitrine-coview" data-place={place} data-coview-phase={phase} data-coview-agents={state.agents}>
      {/* The buttons' own styles: inside an AR overlay there may be no other Vitrine component to bring them. */}
      <VitrineStyles />
      <style href="vitrine-coview" precedence="default">
        {COVIEW_CSS}
      </style>
      {place === 'page' && suggestion?.kind === 'hotspot' && (
        <style>{hotspotHighlightCss('.vitrine-preview', suggestion.value, '#d97706')}</style>
      )}
      {(phase === 'off' || phase === 'failed') && (
        <button
          type="button"
          className="vitrine-button"
          data-variant="ghost"
          data-action="coview"
          onClick={() => coview.ask('button')}
        >
          {strings.showAnAgent}
        </button>
      )}
      {phase === 'failed' && state.error && (
        <p className="vitrine-coview-error" role="alert">
          {state.error}
        </p>
      )}
      {phase === 'asking' && <CoviewPrompt coview={coview} strings={strings} fromChat={state.via === 'chat'} />}
      {phase === 'starting' && <p role="status">{strings.starting}</p>}
      {phase === 'sharing' && <CoviewBar coview={coview} state={state} strings={strings} />}
      {phase === 'sharing' && suggestion && (
        <CoviewSuggestionCard coview={coview} suggestion={suggestion} product={product} strings={strings} />
      )}
    </div>
  )
}
