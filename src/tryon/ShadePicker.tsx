import type { Shade } from '../product/schema'
import type { TryOnStrings } from './strings'
import type { Suggestion } from './suggestions'

export interface ShadePickerProps {
  shades: Shade[]
  selectedId: string | undefined
  suggestions: Suggestion[]
  text: TryOnStrings
  /** Suggestions from the shopper's own tones: on/off switch state. */
  toneSuggestions: boolean
  onToneSuggestions(on: boolean): void
  onSelect(shade: Shade): void
}

/** Named swatches, and "You might also like" with the reason for each suggestion. */
export function ShadePicker({
  shades,
  selectedId,
  suggestions,
  text,
  toneSuggestions,
  onToneSuggestions,
  onSelect,
}: ShadePickerProps) {
  return (
    <>
      <ul className="vitrine-tryon-swatches" aria-label={text.shades}>
        {shades.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="vitrine-tryon-swatch"
              aria-pressed={s.id === selectedId}
              data-shade-id={s.id}
              onClick={() => onSelect(s)}
            >
              <i style={{ background: s.color }} aria-hidden />
              {s.name}
            </button>
          </li>
        ))}
      </ul>
      <label className="vitrine-tryon-toggle">
        <input
          type="checkbox"
          data-control="tone-suggestions"
          checked={toneSuggestions}
          onChange={(e) => onToneSuggestions(e.currentTarget.checked)}
        />
        {text.toneToggle}
      </label>
      {suggestions.length > 0 && (
        <section aria-label={text.suggestions} className="vitrine-tryon-suggestions">
          <strong style={{ fontSize: 13 }}>{text.suggestions}</strong>
          <ul className="vitrine-tryon-suggest">
            {suggestions.map((s) => (
              <li key={s.shade.id}>
                <button
                  type="button"
                  data-suggested-shade={s.shade.id}
                  data-basis={s.basis}
                  onClick={() => onSelect(s.shade)}
                >
                  <i
                    style={{ width: 22, height: 22, borderRadius: '50%', background: s.shade.color, flex: 'none' }}
                    aria-hidden
                  />
                  <span>
                    <b>{s.shade.name}</b> · <span data-reason>{s.reason}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
