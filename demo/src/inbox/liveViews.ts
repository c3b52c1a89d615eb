// "Live views" in the agent inbox: the rooms the store's server opened for
// shoppers who chose "Show an agent". Each opens the mirror in a new tab.
import { findProduct } from '../catalog'

interface RoomRecord {
  room: string
  productId: string | null
  openedAt: number
}

/** A link that opens the live mirror of `room`. */
export function liveViewLink(room: string, label = 'Open live view'): HTMLAnchorElement {
  const a = document.createElement('a')
  a.className = 'live-link'
  a.href = `./inbox.html?room=${encodeURIComponent(room)}`
  a.target = '_blank'
  a.rel = 'noreferrer'
  a.textContent = label
  a.dataset.room = room
  return a
}

/** Polls the store's open rooms into `list`. */
export function watchLiveViews(list: HTMLElement, base = '/coview') {
  const shown = new Map<string, HTMLElement>()
  const poll = async () => {
    try {
      const res = await fetch(`${base}/rooms`, { cache: 'no-store' })
      const rooms = res.ok ? ((await res.json()) as RoomRecord[]) : []
      const open = new Set(rooms.map((r) => r.room))
      for (const [room, el] of shown)
        if (!open.has(room)) {
          el.remove()
          shown.delete(room)
        }
      for (const r of rooms) {
        if (shown.has(r.room)) continue
        const li = document.createElement('li')
        const name = (r.productId && findProduct(r.productId)?.name) ?? r.productId ?? 'a product'
        li.append(
          `A shopper is showing you ${name} · since ${new Date(r.openedAt).toLocaleTimeString()} `,
          liveViewLink(r.room),
        )
        list.append(li)
        shown.set(r.room, li)
      }
      list.hidden = shown.size === 0
    } catch {
      /* the list is a convenience; the inbox keeps working */
    }
    setTimeout(poll, 1500)
  }
  void poll()
}
