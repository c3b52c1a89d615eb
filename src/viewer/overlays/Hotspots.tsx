import { useCallback, useEffect, useId, useLayoutEffect, useRef, useSyncExternalStore } from 'react'
import type { Hotspot } from '../../product'
import type { Emit } from '../../react/useEmit'
import type { StageApi } from '../stage/stageApi'
import { hotspotVisibility, placeCard } from './hotspotLayout'
import type { OverlayStrings } from './overlayStrings'
import type { ViewerStore } from '../store/createViewerStore'

export interface HotspotsProps {
  /** The live 3D view: hotspots are placed with `project()`. */
  api: StageApi
  /** Bumped on every camera change; hotspots are re-projected on each render. */
  version: number
  /** From the manifest: position and normal in the model's own coordinates (metres). */
  hotspots: readonly Hotspot[]
  /** Size of the overlay in CSS pixels. */
  width: number
  height: number
  emit: Emit
  strings: OverlayStrings
  /** The viewer's store: the open hotspot lives there (`openHotspot`). */
  store: ViewerStore
}

/**
 * One button per manifest hotspot, pinned to the model. A hotspot whose
 * surface turns away from the camera dims; one behind it hides. A button
 * discloses a small non-modal card (title and text, always as text, never
 * HTML) that closes on Escape or a press anywhere else.
 */
export function Hotspots({ api, version, hotspots, width, height, emit, strings, store }: HotspotsProps) {
  const openId = useSyncExternalStore(store.subscribe, () => store.getState().openHotspot)
  const setOpenId = useCallback((id: string | null) => store.set({ openHotspot: id }), [store])
  const baseId = useId()
  const cardRef = useRef<HTMLDivElement>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement>())

  const placed = hotspots.map((hotspot) => {
    const p = api.project(hotspot.position, hotspot.normal)
    return { hotspot, p, visibility: hotspotVisibility(p, width, height) }
  })
  const open = placed.find((h) => h.hotspot.id === openId && h.visibility !== 'hidden')

  // Close on Escape (focus back to its button) or on a press outside the card and its button.
  useEffect(() => {
    if (!openId) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpenId(null)
      buttons.current.get(openId)?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (cardRef.current?.contains(target) || buttons.current.get(openId)?.contains(target)) return
      setOpenId(null)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer, true)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer, true)
    }
  }, [openId, setOpenId])

  // The card is measured after render, then placed beside its button inside the viewer.
  useLayoutEffect(() => {
    const card = cardRef.current
    if (!card || !open) return
    const { left, top } = placeCard(open.p, { width: card.offsetWidth, height: card.offsetHeight }, { width, height })
    card.style.transform = `translate(${left.toFixed(1)}px, ${top.toFixed(1)}px)`
  })

  const toggle = (hotspot: Hotspot) => {
    if (openId === hotspot.id) {
      setOpenId(null)
      return
    }
    setOpenId(hotspot.id)
    emit('hotspot_opened', { hotspot_id: hotspot.id })
  }

  return (
    <>
      {placed.map(({ hotspot, p, visibility }, i) => {
        const expanded = open?.hotspot.id === hotspot.id
        return (
          <button
            key={hotspot.id}
            ref={(el) => {
              if (el) buttons.current.set(hotspot.id, el)
              else buttons.current.delete(hotspot.id)
            }}
            type="button"
            className="vitrine-hotspot"
            data-hotspot-id={hotspot.id}
            data-visibility={visibility}
            data-version={version}
            aria-expanded={expanded}
            aria-controls={expanded ? `${baseId}-card` : undefined}
            tabIndex={visibility === 'hidden' ? -1 : 0}
            style={{ transform: `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)` }}
            onClick={() => toggle(hotspot)}
          >
            {/* Named by its title (as text) rather than aria-label, so the visible number is not a mismatching label. */}
            <span aria-hidden="true">{i + 1}</span>
            <span className="vitrine-sr">{hotspot.title}</span>
          </button>
        )
      })}
      {open && (
        <div
          ref={cardRef}
          id={`${baseId}-card`}
          className="vitrine-hotspot-card"
          role="dialog"
          aria-modal="false"
          aria-labelledby={`${baseId}-title`}
          data-hotspot-id={open.hotspot.id}
        >
          <strong id={`${baseId}-title`}>{open.hotspot.title}</strong>
          {open.hotspot.text && <p>{open.hotspot.text}</p>}
          <button
            type="button"
            className="vitrine-hotspot-close"
            aria-label={strings.close}
            onClick={() => {
              setOpenId(null)
              buttons.current.get(open.hotspot.id)?.focus()
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </>
  )
}
