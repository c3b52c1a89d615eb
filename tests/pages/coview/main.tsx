// The agent's side for tests/browser/coview-ar.test.ts: the live mirror of one
// room, as a store's inbox shows it. Query: ?server=<origin of the store's
// co-view endpoints>&room=<room id>. The catalogue is the repo's products.json.
import { createRoot } from 'react-dom/client'
import { parseProduct, type Product } from '../../../src/product'
import { CoviewMirror } from '../../../src/coview/CoviewMirror'
import { createCoviewMirror } from '../../../src/coview/mirrorStore'
import { coviewServer } from '../../../src/coview/server'

const q = new URLSearchParams(location.search)
const w = window as unknown as { __ready?: boolean; __fatal?: string }

async function main() {
  const catalogue = (await (await fetch('/assets/products.json')).json()) as unknown[]
  const products: Product[] = catalogue.flatMap((raw) => {
    const parsed = parseProduct(raw)
    if (!parsed.ok) return []
    const p = parsed.product
    return [p.model ? { ...p, model: { ...p.model, src: new URL(p.model.src, location.origin + '/').href } } : p]
  })
  // The store's server is another loopback origin here (the test's own), answering with CORS.
  const server = coviewServer(`${q.get('server')}/coview`, (input, init) =>
    fetch(input, { ...init, mode: 'cors', credentials: 'omit' }),
  )
  const room = q.get('room') ?? ''
  const mirror = createCoviewMirror({ ticket: () => server.agentTicket(room) })
  createRoot(document.getElementById('app')!).render(
    <CoviewMirror mirror={mirror} findProduct={(id) => products.find((p) => p.id === id)} />,
  )
  w.__ready = true
}

main().catch((err) => {
  w.__fatal = String(err?.stack ?? err)
  document.body.append(`FATAL ${err}`)
})
