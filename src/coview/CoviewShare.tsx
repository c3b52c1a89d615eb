import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { Product } from '../product'
import type { Coview, CoviewShopperState } from './shopperStore'
import type { CoviewSuggestion } from './protocol'
import { defaultCoviewStrings, type CoviewStrings } from './coviewStrings'
import { COVIEW_CSS, hotspotHighlightCss } from './coviewCss'

/** Props of `<CoviewShare>`. */
export interface CoviewShareProps {
  coview: Coview
  /** Names the agent's suggestions (variant, shade and hotspot names). */
  product: Product
  strings?: Partial<CoviewStrings>
}

/** "An agent suggests …" in words, from the product's own names. */
export function describeSuggestion(s: CoviewSuggestion, product: Product, strings: CoviewStrings): string {
  if (s.kind === 'variant')
    return strings.suggestionVariant(product.variants.find((v) => v.id === s.value)?.name ?? s.value)
  if (s.kind === 'shade') return strings.suggestionShade(product.shades.find((v) => v.id === s.value)?.name ?? s.value)
  if (s.kind === 'hotspot')
    return strings.suggestionHotspot(product.hotspots.find((h) => h.id === s.value)?.title ?? s.value)
  return strings.suggestionAngle
}

/**
 * The shopper's side of "Show it to an agent": the button, the consent prompt
 * in plain words, the "An agent is viewing" bar with Stop sharing, and the
 * agent's suggestion, which only the shopper's tap applies.
 */
export function CoviewShare({ coview, product, strings: overrides }: CoviewShareProps) {
  const state: CoviewShopperState = useSyncExternalStore(coview.subscribe, coview.getState, coview.getState)
  const strings = useMemo(() => ({ ...defaultCoviewStrings, ...overrides }), [overrides])
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (state.phase === 'asking') confirmRef.current?.focus()
  }, [state.phase])
  const { suggestion } = state

  return (
    <div className="vitrine-coview" data-coview-phase={state.phase} data-coview-agents={state.agents}>
      <style href="vitrine-coview" precedence="default">
        {COVIEW_CSS}
      </style>
      {suggestion?.kind === 'hotspot' && (
        <style>{hotspotHighlightCss('.vitrine-preview', suggestion.value, '#d97706')}</style>
      )}
      {(state.phase === 'off' || state.phase === 'failed') && (
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
      {state.phase === 'failed' && state.error && (
        <p className="vitrine-coview-error" role="alert">
          {state.error}
        </p>
      )}
      {state.phase === 'asking' && (
        <section
          className="vitrine-coview-card"
          role="dialog"
          aria-modal="false"
          aria-labelledby="vitrine-coview-title"
          data-coview="prompt"
          onKeyDown={(e) => {
            if (e.key === 'Escape') coview.cancel()
          }}
        >
          <h2 id="vitrine-coview-title">{state.via === 'chat' ? strings.promptTitleFromChat : strings.promptTitle}</h2>
          <p>{strings.promptBody}</p>
          <div className="vitrine-coview-row">
            <button
              ref={confirmRef}
              type="button"
              className="vitrine-button"
              data-action="coview-confirm"
              onClick={() => void coview.confirm()}
            >
              {strings.confirm}
            </button>
            <button
              type="button"
              className="vitrine-button"
              data-variant="ghost"
              data-action="coview-decline"
              onClick={() => coview.cancel()}
            >
              {strings.decline}
            </button>
          </div>
        </section>
      )}
      {state.phase === 'starting' && <p role="status">{strings.starting}</p>}
      {state.phase === 'sharing' && (
        <div
          className="vitrine-coview-bar"
          role="status"
          data-coview="bar"
          data-agents={state.agents}
          data-connection={state.connection}
        >
          <span>
            <span className="vitrine-coview-dot" aria-hidden="true" />
            {state.connection === 'reconnecting' || state.connection === 'connecting'
              ? strings.reconnecting
              : state.agents > 0
                ? strings.agentViewing(state.agents)
                : strings.waitingForAgent}
          </span>
          <button type="button" data-action="coview-stop" onClick={() => coview.stop()}>
            {strings.stopSharing}
          </button>
        </div>
      )}
      {state.phase === 'sharing' && suggestion && (
        <section
          className="vitrine-coview-card"
          aria-live="polite"
          aria-label="Suggestion from the agent"
          data-coview="suggestion"
          data-kind={suggestion.kind}
        >
          <p>{describeSuggestion(suggestion, product, strings)}</p>
          <div className="vitrine-coview-row">
            <button
              type="button"
              className="vitrine-button"
              data-action="coview-accept"
              onClick={() => coview.accept()}
            >
              {strings.acceptSuggestion}
            </button>
            <button
              type="button"
              className="vitrine-button"
              data-variant="ghost"
              data-action="coview-dismiss"
              onClick={() => coview.dismiss()}
            >
              {strings.dismissSuggestion}
            </button>
          </div>
        </section>
      )}
    </div>
  )
}
