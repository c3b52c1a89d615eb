import type { Product } from '../product'
import type { Coview } from './shopperStore'
import type { CoviewSuggestion } from './protocol'
import type { CoviewStrings } from './coviewStrings'
import { describeSuggestion } from './shareWords'
import { CoviewChoice } from './CoviewChoice'

/** The agent's suggestion in words, applied only by the shopper's tap on its first button. */
export function CoviewSuggestionCard({
  coview,
  suggestion,
  product,
  strings,
}: {
  coview: Coview
  suggestion: CoviewSuggestion
  product: Product
  strings: CoviewStrings
}) {
  return (
    <section
      className="vitrine-coview-card"
      aria-live="polite"
      aria-label="Suggestion from the agent"
      data-coview="suggestion"
      data-kind={suggestion.kind}
    >
      <p>{describeSuggestion(suggestion, product, strings)}</p>
      <CoviewChoice
        yes={{ label: strings.acceptSuggestion, action: 'coview-accept', onClick: () => coview.accept() }}
        no={{ label: strings.dismissSuggestion, action: 'coview-dismiss', onClick: () => coview.dismiss() }}
      />
    </section>
  )
}
