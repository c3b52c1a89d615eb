import { differenceCiede2000, converter } from 'culori'
import type { Shade } from '../product/schema'

const de2000 = differenceCiede2000()
const toLch = converter('lch')

export interface Suggestion {
  shade: Shade
  /** The tried shade it is closest to. */
  nearTo: Shade
  /** CIEDE2000 distance to that shade. */
  distance: number
  /** Why it is suggested, e.g. "Close to Rose 04, a little warmer". */
  reason: string
}

/** Signed hue difference b - a in degrees, in -180..180. */
const hueDelta = (a: number, b: number) => ((((b - a) % 360) + 540) % 360) - 180

/**
 * How `shade` differs from `reference`, in words. Lipstick hues sit around red:
 * turning towards orange/yellow reads as warmer, towards pink/violet as cooler.
 */
export function describeDifference(shade: Shade, reference: Shade): string {
  const a = toLch(reference.color)!, b = toLch(shade.color)!
  const dL = b.l - a.l
  const dC = b.c - a.c
  const dh = hueDelta(a.h ?? 0, b.h ?? 0)
  // Hue as a distance comparable with L and C (the ΔH of CIE colour difference).
  const dH = 2 * Math.sqrt(Math.max(a.c, 0) * Math.max(b.c, 0)) * Math.sin((dh * Math.PI) / 360)
  const candidates: [number, string][] = [
    [Math.abs(dL), dL > 0 ? 'lighter' : 'deeper'],
    [Math.abs(dC), dC > 0 ? 'more vivid' : 'softer'],
    [Math.abs(dH), dH > 0 ? 'warmer' : 'cooler'],
  ]
  candidates.sort((x, y) => y[0] - x[0])
  const [size, word] = candidates[0]
  const qualifier = size < 3 ? 'almost the same' : size < 12 ? `a little ${word}` : word
  const finish = shade.finish !== reference.finish ? ` in ${shade.finish}` : ''
  return `Close to ${reference.name}, ${qualifier}${finish}`
}

/**
 * Up to `count` untried shades from the catalogue, nearest (CIEDE2000) to any
 * of the shades tried so far. Nothing until at least two were tried.
 */
export function suggestShades(tried: Shade[], catalogue: Shade[], count = 3): Suggestion[] {
  if (tried.length < 2) return []
  const triedIds = new Set(tried.map((s) => s.id))
  const out: Suggestion[] = []
  for (const shade of catalogue) {
    if (triedIds.has(shade.id)) continue
    let nearTo = tried[0], distance = Infinity
    for (const t of tried) {
      const d = de2000(shade.color, t.color)
      if (d < distance) { distance = d; nearTo = t }
    }
    out.push({ shade, nearTo, distance, reason: describeDifference(shade, nearTo) })
  }
  return out.sort((a, b) => a.distance - b.distance).slice(0, count)
}
