// The agent's live mirror of one shopper's shared view (inbox.html?room=…):
// the real <ProductViewer> following the shopper, and the tools to point.
// The agent's token is short-lived and fetched again on every reconnect.
import { createRoot } from 'react-dom/client'
import { CoviewMirror, coviewServer, createCoviewMirror } from 'vitrine'
import { findProduct } from '../catalog'

/** Mounts the mirror for `room` into `container`; returns the mirror store (the tests read it). */
export function mountMirror(container: HTMLElement, room: string, base = '/coview') {
  const server = coviewServer(base)
  const mirror = createCoviewMirror({ ticket: () => server.agentTicket(room) })
  createRoot(container).render(<CoviewMirror mirror={mirror} findProduct={(id) => findProduct(id)} />)
  return mirror
}
