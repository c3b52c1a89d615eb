// Agent inbox: polls the demo collector for chat hand-offs and shows what an
// agent would see. ?collector=<origin> points at another collector.
import { fetchHandoffs } from './api'
import { renderCard } from './card'
import { liveViewLink, watchLiveViews } from './liveViews'

const params = new URLSearchParams(location.search)
const room = params.get('room')
if (room) {
  // One shopper's live view: the mirror, not the list.
  document.body.dataset.page = 'mirror'
  document.getElementById('inbox')!.hidden = true
  document.getElementById('inbox-status')!.textContent = 'Live view'
  void import('./mirror').then(({ mountMirror }) => {
    ;(window as unknown as { coviewMirror: unknown }).coviewMirror = mountMirror(
      document.getElementById('mirror')!,
      room,
    )
  })
} else {
  watchLiveViews(document.getElementById('live-views')!)
}
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
      const card = renderCard(h, base)
      if (h.context.coviewRoom) card.append(liveViewLink(h.context.coviewRoom, 'Open the shopper’s live view'))
      list.prepend(card)
      after = Math.max(after, h.seq)
      shown++
    }
    setStatus(
      shown
        ? `${shown} conversation${shown === 1 ? '' : 's'} · live`
        : 'Waiting for a shopper to press "Ask about this"…',
      'ok',
    )
  } catch (err) {
    setStatus(`Cannot reach the collector at ${base} (${String(err)}). Is the demo server running?`, 'error')
  } finally {
    setTimeout(poll, 1500)
  }
}
if (!room) void poll()
