// Store view: the funnel from the events the demo collector received
// (GET /collect/events), by product, refreshed every few seconds.
// ?collector=<origin> points at another collector.
import type { VitrineEvent } from 'vitrine/events'
import { buildFunnels } from './funnel'
import { renderFunnel } from './funnelChart'

const params = new URLSearchParams(location.search)
const base = `${params.get('collector') ?? location.origin}/collect`
const main = document.getElementById('funnels')!
const status = document.getElementById('store-status')!
const events: (VitrineEvent & { seq: number })[] = []
let after = 0
let names: Record<string, string> = {}

async function loadNames() {
  // The demo's own catalogue names the products; without it the ids are shown.
  try {
    const res = await fetch('/assets/products.json', { cache: 'no-store' })
    if (res.ok)
      names = Object.fromEntries(((await res.json()) as { id: string; name: string }[]).map((p) => [p.id, p.name]))
  } catch {
    /* ids it is */
  }
}

function render() {
  const funnels = buildFunnels(events)
  main.replaceChildren(...funnels.map((f) => renderFunnel(f, names)))
  status.textContent = funnels.length
    ? `${events.length} events · ${funnels.length} product${funnels.length === 1 ? '' : 's'} · live`
    : 'No events yet: browse the storefront (with analytics accepted) and come back.'
  status.dataset.state = 'ok'
  document.body.dataset.rendered = String(events.length)
}

async function poll() {
  try {
    const res = await fetch(`${base}/events?after=${after}`, { cache: 'no-store' })
    if (!res.ok) throw new Error(`collector answered ${res.status}`)
    const fresh = (await res.json()) as (VitrineEvent & { seq: number })[]
    for (const e of fresh) {
      events.push(e)
      after = Math.max(after, e.seq)
    }
    render()
  } catch (err) {
    status.textContent = `Cannot reach the collector at ${base} (${String(err)}). Is the demo server running?`
    status.dataset.state = 'error'
  } finally {
    setTimeout(poll, 2000)
  }
}
await loadNames()
void poll()
