// Renders one product's funnel as horizontal bars with the step-to-step
// conversion between them. Text only through textContent.
import { formatConversion, type ProductFunnel } from './funnel'
import { el } from './dom'

/** A card with the product's funnel chart. `names` maps product ids to display names. */
export function renderFunnel(f: ProductFunnel, names: Record<string, string> = {}): HTMLElement {
  const card = el('article', 'funnel')
  card.dataset.product = f.productId
  const head = el('header')
  head.append(
    el('h2', undefined, names[f.productId] ?? f.productId),
    el('span', 'sessions', `${f.sessions} session${f.sessions === 1 ? '' : 's'}`),
  )
  card.append(head)
  const offered = f.rows.filter((r) => r.sessions !== null)
  const top = Math.max(1, ...offered.map((r) => r.sessions ?? 0))
  const list = el('ol', 'steps')
  for (const row of offered) {
    const sessions = row.sessions ?? 0
    const item = el('li', 'step')
    item.dataset.step = row.step.id
    item.dataset.sessions = String(sessions)
    if (row.from) {
      // The conversion sits between the two bars it compares, and names the step it comes from.
      const conv = el('div', 'conversion', `↓ ${formatConversion(row.conversion)} of “${row.from.label}”`)
      conv.title = 'Share of the sessions at that step that reached this one'
      item.append(conv)
      if (row.conversion !== null) item.dataset.conversion = formatConversion(row.conversion)
    }
    const bar = el('div', 'bar')
    const fill = el('div', 'fill')
    fill.style.width = `${((sessions / top) * 100).toFixed(1)}%`
    bar.append(fill)
    item.append(el('span', 'label', row.step.label), bar, el('span', 'count', String(sessions)))
    list.append(item)
  }
  card.append(list)
  const missing = f.rows.filter((r) => r.sessions === null)
  if (missing.length) {
    card.dataset.notOffered = missing.map((r) => r.step.id).join(',')
    card.append(el('p', 'na', `Not offered for this product: ${missing.map((r) => r.step.label).join(', ')}.`))
  }
  return card
}
