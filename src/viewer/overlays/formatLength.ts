/** Which length units a shopper reads: centimetres (and metres) or inches. */
export type UnitSystem = 'metric' | 'imperial'

const METRES_PER_INCH = 0.0254

/**
 * A length for a dimension label: centimetres with one decimal below 10 m
 * ("218.8 cm"), metres above ("12.35 m"), or inches with one decimal
 * ("86.1 in"). `display: 'long'` spells the unit out for screen readers.
 * Number formatting follows `locale` (a comma decimal in German, for example).
 */
export function formatLength(
  metres: number,
  unit: UnitSystem,
  options: { locale?: string; display?: 'short' | 'long' } = {},
): string {
  if (!Number.isFinite(metres) || metres < 0) return '–'
  const { locale = 'en', display = 'short' } = options
  const [value, intlUnit, digits] =
    unit === 'imperial'
      ? [metres / METRES_PER_INCH, 'inch', 1]
      : metres < 10
        ? [metres * 100, 'centimeter', 1]
        : [metres, 'meter', 2]
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: intlUnit,
    unitDisplay: display,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}
