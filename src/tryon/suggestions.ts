import { differenceCiede2000, converter } from 'culori'
import type { Shade } from '../product/schema'
import { TRYON_TEXT, type DifferenceWord, type TryOnStrings } from './strings'
import type { Rgb } from './tones'

const de2000 = differenceCiede2000()
const toLch = converter('lch')

export interface Suggestion {
  shade: Shade
  /** The tried shade it is closest to; absent when it comes from the shopper's own tones. */
  nearTo?: Shade
  /** CIEDE2000 distance to what it was matched with. */
  distance: number
  /** Why it is suggested, in plain words, e.g. "A little warmer than Rose 04, which you tried". */
  reason: string
  /** Where the reason comes from. */
  basis: 'tried' | 'lip' | 'skin'
}

/** Signed hue difference b - a in degrees, in -180..180. */
const hueDelta = (a: number, b: number) => ((((b - a) % 360) + 540) % 360) - 180

/** The biggest way `shade` differs from `reference`, and whether it is only slight (or none). */
export function differenceOf(shade: Shade, reference: Shade): { word: DifferenceWord; size: number } {
  const a = toLch(reference.color)!,
    b = toLch(shade.color)!
  const dL = b.l - a.l
  const dC = b.c - a.c
  const dh = hueDelta(a.h ?? 0, b.h ?? 0)
  // Hue as a distance comparable with L and C (the ΔH of CIE colour difference).
  const dH = 2 * Math.sqrt(Math.max(a.c, 0) * Math.max(b.c, 0)) * Math.sin((dh * Math.PI) / 360)
  // Lipstick hues sit around red: turning towards orange/yellow reads as warmer, towards pink/violet as cooler.
  const candidates: [number, DifferenceWord][] = [
    [Math.abs(dL), dL > 0 ? 'lighter' : 'deeper'],
    [Math.abs(dC), dC > 0 ? 'more vivid' : 'softer'],
    [Math.abs(dH), dH > 0 ? 'warmer' : 'cooler'],
  ]
  candidates.sort((x, y) => y[0] - x[0])
  return { size: candidates[0][0], word: candidates[0][1] }
}

/** How `shade` differs from `reference`, in words, e.g. "A little warmer than Rose 04, which you tried". */
export function describeDifference(shade: Shade, reference: Shade, text: TryOnStrings = TRYON_TEXT): string {
  const { size, word } = differenceOf(shade, reference)
  const finish = shade.finish !== reference.finish ? shade.finish : null
  if (size < 3) return text.sameAsTried(reference.name, finish)
  return text.comparedWithTried(word, size < 12, reference.name, finish)
}

/**
 * Up to `count` untried shades from the catalogue, nearest (CIEDE2000) to any
 * of the shades tried so far. Nothing until at least two were tried.
 */
export function suggestShades(
  tried: Shade[],
  catalogue: Shade[],
  count = 3,
  text: TryOnStrings = TRYON_TEXT,
): Suggestion[] {
  if (tried.length < 2) return []
  const triedIds = new Set(tried.map((s) => s.id))
  return nearestToTried(
    catalogue.filter((s) => !triedIds.has(s.id)),
    tried,
    text,
  ).slice(0, count)
}

/** Each of `shades` matched with the tried shade nearest to it (CIEDE2000), nearest first. `tried` is not empty. */
function nearestToTried(shades: Shade[], tried: Shade[], text: TryOnStrings): Suggestion[] {
  const out: Suggestion[] = []
  for (const shade of shades) {
    let nearTo = tried[0],
      distance = Infinity
    for (const t of tried) {
      const d = de2000(shade.color, t.color)
      if (d < distance) {
        distance = d
        nearTo = t
      }
    }
    out.push({ shade, nearTo, distance, reason: describeDifference(shade, nearTo, text), basis: 'tried' })
  }
  return out.sort((a, b) => a.distance - b.distance)
}

const hex = ([r, g, b]: Rgb) =>
  `#${[r, g, b]
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`

/**
 * Skin undertone from the cheek colour: skin hues sit between red and yellow;
 * the more towards yellow (higher LCh hue), the warmer. 55° splits the eight
 * shared faces into the groups a person would name (measured in suggestions.test.ts).
 */
export function skinUndertone(skin: Rgb): 'warm' | 'cool' {
  const h = toLch(hex(skin))?.h ?? 50
  return h >= 55 ? 'warm' : 'cool'
}

/** Lipstick hue towards orange (warm) or towards pink/blue (cool). */
const shadeIsWarm = (s: Shade) => {
  const h = toLch(s.color)?.h ?? 20
  return h >= 25 && h < 90
}

/**
 * Suggestions from the shopper's own colouring (read on the device), then
 * from what they tried: the shade nearest their natural lip colour, one that
 * matches their skin's undertone, and the nearest untried shades to their tries.
 */
export function suggestForShopper({
  tones,
  tried,
  catalogue,
  count = 3,
  text = TRYON_TEXT,
}: {
  tones: { lip: Rgb; skin: Rgb } | null
  tried: Shade[]
  catalogue: Shade[]
  count?: number
  text?: TryOnStrings
}): Suggestion[] {
  const triedIds = new Set(tried.map((s) => s.id))
  const untried = catalogue.filter((s) => !triedIds.has(s.id))
  const out: Suggestion[] = []
  const taken = new Set<string>()
  const add = (s: Suggestion | undefined) => {
    if (s && !taken.has(s.shade.id)) {
      out.push(s)
      taken.add(s.shade.id)
    }
  }
  if (tones && untried.length) {
    const lip = hex(tones.lip)
    const byLip = untried
      .map((shade) => ({ shade, distance: de2000(shade.color, lip) }))
      .sort((a, b) => a.distance - b.distance)
    add({ ...byLip[0], reason: text.naturalLip, basis: 'lip' })
    const warm = skinUndertone(tones.skin) === 'warm'
    const match = byLip.find((x) => !taken.has(x.shade.id) && shadeIsWarm(x.shade) === warm)
    if (match) add({ ...match, reason: warm ? text.skinWarm : text.skinCool, basis: 'skin' })
  }
  if (tried.length) nearestToTried(untried, tried, text).forEach(add)
  return out.slice(0, count)
}

/**
 * What the shade picker suggests now: the shades tried (ids, looked up in the catalogue, then the product), and
 * the shopper's tones unless they turned tone suggestions off.
 */
export function suggestionsFor({
  triedIds,
  catalogue,
  shades,
  tones,
  toneSuggestions,
  text,
}: {
  triedIds: string[]
  catalogue: Shade[]
  shades: Shade[]
  tones: { lip: Rgb; skin: Rgb } | null
  toneSuggestions: boolean
  text: TryOnStrings
}): Suggestion[] {
  const tried = triedIds
    .map((id) => catalogue.find((s) => s.id === id) ?? shades.find((s) => s.id === id))
    .filter((s): s is Shade => !!s)
  return suggestForShopper({ tones: toneSuggestions ? tones : null, tried, catalogue, text })
}
