import type { Handoff } from './api'
import { el } from './dom'

const SURFACE: Record<string, string> = { viewer: '3D viewer', ar: 'In their room (AR)', tryon: 'Try-on', chat: 'Chat' }

function duration(s: number | undefined): string {
  if (s === undefined) return '—'
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}

/** The context card an agent sees for one hand-off. Text only through textContent: the message is shopper input. */
export function renderCard(h: Handoff, base: string): HTMLElement {
  const c = h.context
  const card = el('article', 'card')
  card.dataset.seq = String(h.seq)
  const head = el('header')
  head.append(
    el('h2', undefined, c.productName ?? c.productId ?? 'Unknown product'),
    el('time', undefined, new Date(h.at).toLocaleTimeString()),
  )
  card.append(head)
  if (h.message) card.append(el('blockquote', undefined, h.message))
  const facts = el('dl')
  const rows: [string, string][] = [
    ['Product id', c.productId ?? '—'],
    ['Variant', c.variantName ?? c.variantId ?? '—'],
    ['Shade', c.shadeName ?? c.shadeId ?? '—'],
    ['Looking at it in', SURFACE[c.surface ?? ''] ?? c.surface ?? '—'],
    ['Placed in their room', c.placedInRoom === undefined ? '—' : c.placedInRoom ? 'Yes' : 'No'],
    ['Time on product', duration(c.timeSpentS)],
    ['Page', c.pageUrl ?? '—'],
    // The same ids the analytics events carry (with consent): the agent and the reports see one shopper.
    ['Customer id', c.shopperIds?.customer_id ?? c.shopperIds?.user_id ?? '—'],
    ['GA4 client id', c.shopperIds?.ga_client_id ?? '—'],
  ]
  for (const [k, v] of rows) {
    facts.append(el('dt', undefined, k), el('dd', undefined, v))
  }
  card.append(facts)
  const snapshot = h.snapshotUrl ?? c.snapshotUrl
  if (snapshot) {
    const fig = el('figure')
    const img = el('img')
    img.src = new URL(snapshot, base).href
    img.alt = 'Snapshot the shopper chose to share'
    fig.append(img, el('figcaption', undefined, 'Shared by the shopper'))
    card.append(fig)
  } else {
    card.append(el('p', 'no-snapshot', 'No snapshot shared.'))
  }
  return card
}
