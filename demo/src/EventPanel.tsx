// The demo's live event list: a toggleable panel fed by a callback()
// destination, so it shows exactly what the store's analytics receive
// (after consent and the PII guard).
import { useEffect, useState, useSyncExternalStore } from 'react'
import { callback, type Destination, type VitrineEvent } from 'vitrine/events'

export interface EventFeed {
  /** Add to createTracker({ destinations }). */
  destination: Destination
  subscribe(listener: () => void): () => void
  events(): readonly VitrineEvent[]
  clear(): void
}

/** Keeps the last `limit` events for the panel. */
export function createEventFeed(limit = 200): EventFeed {
  let list: readonly VitrineEvent[] = []
  const listeners = new Set<() => void>()
  const emit = () => {
    for (const l of listeners) l()
  }
  return {
    destination: callback((event: VitrineEvent) => {
      list = [event, ...list].slice(0, limit)
      emit()
    }),
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    events: () => list,
    clear() {
      list = []
      emit()
    },
  }
}

export interface EventPanelProps {
  /** The feed whose destination is on the demo's tracker. */
  feed: EventFeed
  /** Start open (default false). */
  defaultOpen?: boolean
}

const time = (ts: number) => new Date(ts).toLocaleTimeString(undefined, { hour12: false })

/** A corner panel listing events live, newest first, with a toggle button. */
export function EventPanel({ feed, defaultOpen = false }: EventPanelProps) {
  const [open, setOpen] = useState(defaultOpen)
  const events = useSyncExternalStore(feed.subscribe, feed.events, feed.events)
  const [flash, setFlash] = useState(false)
  useEffect(() => {
    if (!events.length) return
    setFlash(true)
    const t = setTimeout(() => setFlash(false), 300)
    return () => clearTimeout(t)
  }, [events])
  return (
    <aside className="vitrine-event-panel" data-open={open} style={styles.root} aria-label="Analytics events">
      <button
        type="button"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        style={{ ...styles.toggle, ...(flash ? styles.flash : null) }}
      >
        {open ? 'Hide events' : 'Events'} <span style={styles.count}>{events.length}</span>
      </button>
      {open && (
        <div style={styles.body}>
          <div style={styles.head}>
            <strong>What the store's analytics receive</strong>
            <button type="button" onClick={feed.clear} style={styles.clear}>
              Clear
            </button>
          </div>
          {events.length === 0 ? (
            <p style={styles.empty}>No events yet. Rotate the model, pick a variant, try AR.</p>
          ) : (
            <ol style={styles.list}>
              {events.map((e) => (
                <li key={e.id} style={styles.item} data-event={e.name}>
                  <div style={styles.line}>
                    <code style={styles.name}>{e.name}</code>
                    <span style={styles.meta}>
                      {e.surface} · {time(e.ts)}
                    </span>
                  </div>
                  <div style={styles.props}>
                    {[
                      e.variantId && `variant=${e.variantId}`,
                      e.shadeId && `shade=${e.shadeId}`,
                      ...Object.entries(e.props).map(([k, v]) => `${k}=${String(v)}`),
                    ]
                      .filter(Boolean)
                      .join('  ') || '—'}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </aside>
  )
}

const styles = {
  root: {
    position: 'fixed',
    right: 16,
    bottom: 16,
    zIndex: 1000,
    font: '13px/1.4 system-ui, sans-serif',
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'flex-end',
    gap: 8,
  },
  toggle: {
    border: 0,
    borderRadius: 999,
    padding: '8px 14px',
    background: '#1f2937',
    color: '#fff',
    cursor: 'pointer',
    boxShadow: '0 2px 8px rgba(0,0,0,.2)',
    transition: 'background .3s',
  },
  flash: { background: '#2563eb' },
  count: { marginLeft: 6, padding: '0 6px', borderRadius: 999, background: 'rgba(255,255,255,.2)' },
  body: {
    width: 360,
    maxHeight: '60vh',
    overflow: 'auto',
    background: '#fff',
    color: '#111',
    borderRadius: 12,
    boxShadow: '0 8px 24px rgba(0,0,0,.18)',
    padding: 12,
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 },
  clear: { border: '1px solid #d1d5db', background: '#fff', borderRadius: 6, padding: '2px 8px', cursor: 'pointer' },
  empty: { color: '#6b7280', margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { borderTop: '1px solid #f3f4f6', padding: '6px 0' },
  line: { display: 'flex', justifyContent: 'space-between', gap: 8 },
  name: { fontWeight: 600, color: '#1d4ed8' },
  meta: { color: '#6b7280', whiteSpace: 'nowrap' },
  props: { color: '#374151', fontFamily: 'ui-monospace, monospace', fontSize: 12, wordBreak: 'break-word' },
} satisfies Record<string, React.CSSProperties>
