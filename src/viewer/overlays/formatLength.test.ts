import { describe, expect, it } from 'vitest'
import { formatLength } from './formatLength'

describe('formatLength', () => {
  it('writes centimetres with one decimal below 10 m', () => {
    expect(formatLength(2.188, 'metric')).toBe('218.8 cm')
    expect(formatLength(0.116, 'metric')).toBe('11.6 cm')
    expect(formatLength(0.0004, 'metric')).toBe('0.0 cm')
  })
  it('switches to metres from 10 m', () => {
    expect(formatLength(12.345, 'metric')).toBe('12.35 m')
  })
  it('writes inches with one decimal for imperial', () => {
    expect(formatLength(2.188, 'imperial')).toBe('86.1 in')
    expect(formatLength(0.0254, 'imperial')).toBe('1.0 in')
  })
  it('spells units out for screen readers and follows the locale', () => {
    expect(formatLength(0.787, 'metric', { display: 'long' })).toBe('78.7 centimeters')
    expect(formatLength(0.787, 'imperial', { display: 'long' })).toBe('31.0 inches')
    expect(formatLength(0.787, 'metric', { locale: 'de' })).toBe('78,7 cm')
  })
  it('shows a dash for nonsense', () => {
    expect(formatLength(Number.NaN, 'metric')).toBe('–')
    expect(formatLength(-1, 'imperial')).toBe('–')
  })
})
