import { describe, expect, it } from 'vitest'
import { differenceCiede2000 } from 'culori'
import type { Shade } from '../product/schema'
import { describeDifference, suggestionsFor, suggestShades } from './suggestions'
import { TRYON_TEXT } from './strings'

const shade = (id: string, color: string, finish: Shade['finish'] = 'satin'): Shade => ({ id, name: id, color, finish })
const catalogue = [
  shade('Rose 04', '#b0304a'),
  shade('Berry', '#7a1f4a'),
  shade('Coral', '#e0603a'),
  shade('Nude', '#c48a78'),
  shade('Brick', '#a0402a'),
  shade('Plum', '#5a2040'),
  shade('Pink', '#e07090'),
]

describe('suggestShades', () => {
  it('stays quiet until two shades were tried', () => {
    expect(suggestShades([catalogue[0]], catalogue)).toEqual([])
  })

  it('suggests the nearest untried shades by CIEDE2000, nearest first', () => {
    const tried = [catalogue[0], catalogue[1]]
    const out = suggestShades(tried, catalogue)
    expect(out).toHaveLength(3)
    expect(out.map((s) => s.shade.id)).not.toContain('Rose 04')
    const de = differenceCiede2000()
    // Brute force check against culori directly.
    const expected = catalogue
      .slice(2)
      .map((s) => ({ id: s.id, d: Math.min(...tried.map((t) => de(s.color, t.color))) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((s) => s.id)
    expect(out.map((s) => s.shade.id)).toEqual(expected)
    for (const s of out) expect(s.reason).toMatch(new RegExp(` ${s.nearTo!.name}, which you tried`))
  })
})

describe('describeDifference', () => {
  it('calls an orange-leaning red warmer and a pink-leaning red cooler', () => {
    const red = shade('Red', '#c0202a')
    expect(describeDifference(shade('x', '#c8381a'), red)).toMatch(/^(A little w|W)armer than Red/)
    expect(describeDifference(shade('y', '#c02050'), red)).toMatch(/^(A little c|C)ooler than Red/)
  })
  it('calls a lighter shade lighter and names a different finish', () => {
    const red = shade('Red', '#902030')
    expect(describeDifference(shade('x', '#e07080', 'gloss'), red)).toMatch(
      /^Lighter than Red, which you tried, in gloss$/,
    )
  })
})

describe('suggestForShopper', () => {
  it('puts the shade nearest the natural lip colour first, then one for the skin undertone, then from the tries', async () => {
    const { suggestForShopper } = await import('./suggestions')
    const out = suggestForShopper({
      tones: { lip: [176, 110, 100], skin: [200, 150, 120] },
      tried: [catalogue[0]],
      catalogue,
    })
    expect(out[0]).toMatchObject({ basis: 'lip', reason: 'Close to your natural lip colour' })
    expect(out[0].shade.id).toBe('Nude')
    expect(out[1].basis).toBe('skin')
    expect(out[1].reason).toMatch(/undertone of your skin/)
    expect(out[2].reason).toMatch(/than Rose 04, which you tried/)
    expect(new Set(out.map((s) => s.shade.id)).size).toBe(3)
  })
  it('suggests only from the tries when tones are off, and uses replaced strings', async () => {
    const { suggestForShopper } = await import('./suggestions')
    const text = {
      ...(await import('./strings')).TRYON_TEXT,
      comparedWithTried: (w: string, _s: boolean, t: string) => `${w} que ${t}`,
    }
    const out = suggestForShopper({ tones: null, tried: [catalogue[0]], catalogue, text })
    expect(out.every((s) => s.basis === 'tried')).toBe(true)
    expect(out.some((s) => / que Rose 04$/.test(s.reason))).toBe(true)
  })
})

describe('suggestionsFor', () => {
  it('looks the tried ids up in the catalogue, then the product, and ignores tones when the shopper turned them off', () => {
    const own = shade('House red', '#a02030')
    const args = { catalogue, shades: [own], text: TRYON_TEXT }
    const tones = { lip: [170, 90, 90] as [number, number, number], skin: [220, 180, 150] as [number, number, number] }
    const off = suggestionsFor({ ...args, triedIds: ['Rose 04', 'House red', 'gone'], tones, toneSuggestions: false })
    expect(off.every((s) => s.basis === 'tried')).toBe(true)
    expect(off.map((s) => s.shade.id)).not.toContain('Rose 04')
    expect(off.some((s) => s.nearTo!.id === 'House red' || s.nearTo!.id === 'Rose 04')).toBe(true)
    const on = suggestionsFor({ ...args, triedIds: [], tones, toneSuggestions: true })
    expect(on[0].basis).toBe('lip')
  })
})
