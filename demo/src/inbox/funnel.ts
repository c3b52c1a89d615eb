// The store's funnel, from the events the collector received: per product,
// how many shopping sessions reached each step, and the conversion from the
// step before. Plain logic, no DOM: the Store view renders it.
import type { VitrineEvent } from 'vitrine/events'

/** One step of the funnel and the events that count for it. */
export interface FunnelStep {
  id: string
  label: string
  /** Steps of one family (3D/AR, try-on) are "not offered" for a product with no events of that family. */
  family: '3d' | 'tryon' | 'cart'
  matches(event: Pick<VitrineEvent, 'name' | 'props'>): boolean
}

export const FUNNEL_STEPS: readonly FunnelStep[] = [
  { id: 'viewed_3d', label: 'Viewed in 3D', family: '3d', matches: (e) => e.name === 'model_loaded' },
  { id: 'ar_offered', label: 'AR offered', family: '3d', matches: (e) => e.name === 'ar_offered' && !!e.props?.mode },
  { id: 'ar_placed', label: 'Placed in room (AR)', family: '3d', matches: (e) => e.name === 'ar_placed' },
  { id: 'tryon_started', label: 'Try-on started', family: 'tryon', matches: (e) => e.name === 'tryon_started' },
  { id: 'shade_chosen', label: 'Shade chosen', family: 'tryon', matches: (e) => e.name === 'shade_selected' },
  { id: 'added_to_cart', label: 'Added to cart', family: 'cart', matches: (e) => e.name === 'add_to_cart' },
]

/** One row of a product's funnel. */
export interface FunnelRow {
  step: FunnelStep
  /** Distinct sessions that reached the step; null when the product does not offer it. */
  sessions: number | null
  /** sessions / sessions of the previous offered step, 0..1; null for the first step or when not computable. */
  conversion: number | null
  /** The offered step the conversion is measured from. */
  from?: FunnelStep
}

/** A product's funnel. */
export interface ProductFunnel {
  productId: string
  /** Distinct sessions with any event for this product. */
  sessions: number
  rows: FunnelRow[]
}

type FunnelEvent = Pick<VitrineEvent, 'name' | 'productId' | 'sessionId' | 'props'>

/** Funnels by product, the busiest product first. */
export function buildFunnels(events: readonly FunnelEvent[]): ProductFunnel[] {
  const byProduct = new Map<string, { all: Set<string>; steps: Map<string, Set<string>>; families: Set<string> }>()
  for (const e of events) {
    if (!e.productId || e.productId === 'unknown') continue
    let p = byProduct.get(e.productId)
    if (!p) byProduct.set(e.productId, (p = { all: new Set(), steps: new Map(), families: new Set() }))
    p.all.add(e.sessionId)
    for (const step of FUNNEL_STEPS) {
      if (!step.matches(e)) continue
      let set = p.steps.get(step.id)
      if (!set) p.steps.set(step.id, (set = new Set()))
      set.add(e.sessionId)
      p.families.add(step.family)
    }
    // A product viewed in the viewer at all offers the 3D family; a try-on event offers the try-on family.
    if (e.name === 'preview_shown' || e.name.startsWith('ar_')) p.families.add('3d')
    if (e.name.startsWith('tryon_')) p.families.add('tryon')
  }
  const out: ProductFunnel[] = []
  for (const [productId, p] of byProduct) {
    let previous: FunnelRow | undefined
    const rows = FUNNEL_STEPS.map((step): FunnelRow => {
      const offered = step.family === 'cart' || p.families.has(step.family)
      if (!offered) return { step, sessions: null, conversion: null }
      const sessions = p.steps.get(step.id)?.size ?? 0
      const before = previous?.sessions ?? null
      const row: FunnelRow = { step, sessions, conversion: before ? sessions / before : null, from: previous?.step }
      previous = row
      return row
    })
    out.push({ productId, sessions: p.all.size, rows })
  }
  return out.sort((a, b) => b.sessions - a.sessions || a.productId.localeCompare(b.productId))
}

/** 0.375 -> "38%". */
export function formatConversion(c: number | null): string {
  return c === null ? '—' : `${Math.round(c * 100)}%`
}
