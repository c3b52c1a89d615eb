// Agent inbox: polls the demo collector for chat hand-offs and shows what an
// agent would see. ?collector=<origin> points at another collector.
import { fetchHandoffs } from './api'
import { renderCard } from './card'

const params = new URLSearchParams(location.search)
const base = `${params.get('collector') ?? location.origin}/collect`
const list = document.getElementById('inbox')!
const status = document.getElementById('inbox-status')!
let after = 0
let shown = 0

function setStatus(text: string, state: 'ok' | 'error') {
  status.textContent = text
  status.dataset.state = state
}

async function poll() {
  try {
    const handoffs = await fetchHandoffs(base, after)
    for (const h of handoffs) {
      list.prepend(renderCard(h, base))
      after = Math.max(after, h.seq)
      shown++
    }
    setStatus(shown ? `${shown} conversation${shown === 1 ? '' : 's'} · live` : 'Waiting for a shopper to press "Ask about this"…', 'ok')
  } catch (err) {
    setStatus(`Cannot reach the collector at ${base} (${String(err)}). Is the demo server running?`, 'error')
  } finally {
    setTimeout(poll, 1500)
  }
}
void poll()
