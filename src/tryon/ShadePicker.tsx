import type { Shade } from '../product/schema'
import type { Suggestion } from './suggestions'
import { TRYON_TEXT } from './strings'

export interface ShadePickerProps {
  shades: Shade[]
  selectedId: string | undefined
  suggestions: Suggestion[]
  onSelect(shade: Shade): void
}

/** Named swatches, and "You might also like" once two shades were tried. */
export function ShadePicker({ shades, selectedId, suggestions, onSelect }: ShadePickerProps) {
  return (
    <>
      <ul className="vitrine-tryon-swatches" aria-label={TRYON_TEXT.shades}>
        {shades.map((s) => (
          <li key={s.id}>
            <button type="button" className="vitrine-tryon-swatch" aria-pressed={s.id === selectedId} data-shade-id={s.id} onClick={() => onSelect(s)}>
              <i style={{ background: s.color }} aria-hidden />
              {s.name}
            </button>
          </li>
        ))}
      </ul>
      {suggestions.length > 0 && (
        <section aria-label={TRYON_TEXT.suggestions} className="vitrine-tryon-suggestions">
          <strong style={{ fontSize: 13 }}>{TRYON_TEXT.suggestions}</strong>
          <ul className="vitrine-tryon-suggest">
            {suggestions.map((s) => (
              <li key={s.shade.id}>
                <button type="button" data-suggested-shade={s.shade.id} onClick={() => onSelect(s.shade)}>
                  <i style={{ width: 22, height: 22, borderRadius: '50%', background: s.shade.color, flex: 'none' }} aria-hidden />
                  <span><b>{s.shade.name}</b> · {s.reason}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
