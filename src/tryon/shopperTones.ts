// The shopper's lip and skin colour, averaged over frames on the device. Stays
// in memory: the controller publishes the mean to the store now and then.

import type { Rgb } from './tones'
import type { TryOnStore } from './tryOnStore'

/** The lip and skin colour read from one frame (or their mean over frames). */
export interface Tones {
  lip: Rgb
  skin: Rgb
}

/** How often the mean is published (tones change slowly; re-rendering costs), in ms. */
const PUBLISH_MS = 1000

/** A running mean of the tones read so far, due for publishing at most once a second. */
export class ToneAverage {
  private sum: Tones & { n: number; publishedAt: number } = ToneAverage.empty()

  private static empty() {
    return { lip: [0, 0, 0] as Rgb, skin: [0, 0, 0] as Rgb, n: 0, publishedAt: 0 }
  }

  /** Adds one frame's tones; returns the mean when it is due (or `publishNow`), else null. */
  add(tones: Tones, now: number, publishNow = false): Tones | null {
    const t = this.sum
    for (let i = 0; i < 3; i++) {
      t.lip[i] += tones.lip[i]
      t.skin[i] += tones.skin[i]
    }
    t.n++
    if (!publishNow && now - t.publishedAt < PUBLISH_MS) return null
    t.publishedAt = now
    const mean = (c: Rgb): Rgb => [Math.round(c[0] / t.n), Math.round(c[1] / t.n), Math.round(c[2] / t.n)]
    return { lip: mean(t.lip), skin: mean(t.skin) }
  }

  /** Forgets every tone read so far. */
  reset(): void {
    this.sum = ToneAverage.empty()
  }
}

/** The shopper's tones in the try-on store: averaged while suggestions from them are on, gone when turned off. */
export class ShopperTones {
  private readonly average = new ToneAverage()

  constructor(private readonly store: TryOnStore) {}

  /** One picture's tones (null: none read); the mean reaches the store about once a second, or now. */
  add(tones: Tones | null, now: number, publishNow = false): void {
    if (!tones || !this.store.getState().toneSuggestions) return
    const mean = this.average.add(tones, now, publishNow)
    if (mean) this.store.setState({ tones: mean })
  }

  /** A new start: the tones read so far are forgotten (the store's are cleared by the caller's state change). */
  reset(): void {
    this.average.reset()
  }

  /** Suggestions from the shopper's tones on or off; off forgets the tones read so far. */
  setEnabled(on: boolean): void {
    this.average.reset()
    this.store.setState(on ? { toneSuggestions: true } : { toneSuggestions: false, tones: null })
  }
}
