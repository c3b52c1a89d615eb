/** Where a projected point is, as `StageApi.project` reports it. */
export interface Projected {
  x: number
  y: number
  behind: boolean
  facing: number
}

/** `shown`, `dimmed` (its surface faces away from the camera) or `hidden` (behind the camera or off the canvas). */
export type HotspotVisibility = 'shown' | 'dimmed' | 'hidden'

/** How a hotspot should look for where it projects on a canvas of `width` × `height` CSS pixels. */
export function hotspotVisibility(p: Projected, width: number, height: number, edge = 4): HotspotVisibility {
  if (p.behind || !Number.isFinite(p.x) || !Number.isFinite(p.y)) return 'hidden'
  if (p.x < -edge || p.y < -edge || p.x > width + edge || p.y > height + edge) return 'hidden'
  return p.facing < 0 ? 'dimmed' : 'shown'
}

/**
 * Top-left corner for a hotspot's card: beside its button (right, else left),
 * vertically centred on it, and always inside the viewer with a `pad` margin.
 */
export function placeCard(
  anchor: { x: number; y: number },
  card: { width: number; height: number },
  view: { width: number; height: number },
  gap = 22,
  pad = 8,
): { left: number; top: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)))
  const fitsRight = anchor.x + gap + card.width <= view.width - pad
  const fitsLeft = anchor.x - gap - card.width >= pad
  const left = fitsRight || !fitsLeft ? anchor.x + gap : anchor.x - gap - card.width
  return {
    left: clamp(left, pad, view.width - pad - card.width),
    top: clamp(anchor.y - card.height / 2, pad, view.height - pad - card.height),
  }
}
