export interface SwatchOption {
  id: string
  name: string
  /** A CSS colour, or an image URL for a fabric swatch. */
  color?: string
  image?: string
}

export interface SwatchesProps {
  /** Accessible group name, e.g. "Fabric" or "Shade". */
  label: string
  options: readonly SwatchOption[]
  value: string | undefined
  onChange(id: string): void
}

/** A row of colour chips, one per variant or shade, operable by touch and keyboard. */
export function Swatches({ label, options, value, onChange }: SwatchesProps) {
  if (options.length === 0) return null
  const selected = options.find((o) => o.id === value)
  return (
    <fieldset className="vitrine-swatches">
      <legend>
        {label}: <strong>{selected?.name ?? '—'}</strong>
      </legend>
      <div className="vitrine-swatch-row">
        {options.map((option) => (
          <label key={option.id} className="vitrine-swatch" title={option.name}>
            <input
              type="radio"
              name={label}
              value={option.id}
              checked={option.id === value}
              onChange={() => onChange(option.id)}
            />
            <span
              aria-hidden
              style={
                option.image ? { backgroundImage: `url("${option.image}")` } : { background: option.color ?? '#ccc' }
              }
            />
            <span className="vitrine-sr">{option.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
