import { useEffect, useRef, type ReactNode } from 'react'
import type { Placement, Variant } from '../../product'
import type { ArStatus } from '../types'
import { arStrings, type ArStrings } from '../strings'
import { scaleLabel } from '../placement/gestures'

export interface ArOverlayProps {
  status: ArStatus
  placement: Placement
  surfaceFound: boolean
  longSearch: boolean
  tracking: boolean
  trackingNotice: 'lost' | 'resumed' | null
  modelLoading: boolean
  scale: number
  variants: Variant[]
  variantId: string | undefined
  onVariant(id: string): void
  onExit(): void
  onReplace(): void
  onSnapshot?: () => void
  onAddToCart?: () => void
  onAskAbout?: () => void
  extra?: ReactNode
  strings?: ArStrings
}

/**
 * The in-AR UI. On phones it is the session's DOM overlay; taps on it are
 * kept from reaching the scene (`beforexrselect`), so pressing a button never
 * places or drags the product.
 */
export function ArOverlay(p: ArOverlayProps) {
  const strings = p.strings ?? arStrings
  const toolbar = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = toolbar.current
    if (!el) return
    const stop = (e: Event) => e.preventDefault()
    el.addEventListener('beforexrselect', stop)
    return () => el.removeEventListener('beforexrselect', stop)
  }, [])
  const message =
    !p.tracking || p.trackingNotice === 'lost'
      ? strings.trackingLost
      : p.trackingNotice === 'resumed'
        ? strings.trackingResumed
        : p.status === 'placed'
          ? strings.placed
          : p.surfaceFound
            ? strings.tapToPlace(p.placement)
            : p.longSearch
              ? strings.searchingHint
              : strings.searching(p.placement)
  return (
    <div
      className="vitrine-ar-overlay"
      data-ar-status={p.status}
      style={overlayStyle}
      data-ar-search={p.surfaceFound ? 'surface-found' : p.longSearch ? 'long-search' : 'searching'}
    >
      <p role="status" aria-live="polite" data-vitrine-ar-message style={messageStyle}>
        {p.modelLoading ? `${strings.loadingModel} ` : ''}
        {message}
      </p>
      <div ref={toolbar} style={toolbarStyle} data-vitrine-ar-toolbar>
        <div style={rowStyle}>
          <button type="button" onClick={p.onExit} data-action="exit" style={buttonStyle}>
            {strings.exit}
          </button>
          {p.status === 'placed' && (
            <button type="button" onClick={p.onReplace} data-action="replace" style={buttonStyle}>
              {strings.replace}
            </button>
          )}
          <span data-vitrine-ar-scale style={badgeStyle}>
            {p.scale === 1 ? strings.trueSize : scaleLabel(p.scale)}
          </span>
          {p.onSnapshot && p.status === 'placed' && (
            <button type="button" onClick={p.onSnapshot} data-action="snapshot" style={buttonStyle}>
              {strings.snapshot}
            </button>
          )}
        </div>
        {p.variants.length > 1 && (
          <div role="radiogroup" aria-label="Variant" style={rowStyle}>
            {p.variants.map((v) => (
              <button
                key={v.id}
                type="button"
                role="radio"
                aria-checked={v.id === p.variantId}
                data-variant={v.id}
                onClick={() => p.onVariant(v.id)}
                style={{
                  ...swatchStyle,
                  background: v.swatch ?? '#ddd',
                  outline: v.id === p.variantId ? '3px solid #fff' : 'none',
                }}
                title={v.name}
              >
                <span style={srOnly}>{v.name}</span>
              </button>
            ))}
          </div>
        )}
        {(p.onAddToCart || p.onAskAbout) && (
          <div style={rowStyle}>
            {p.onAddToCart && (
              <button type="button" onClick={p.onAddToCart} data-action="add-to-cart" style={primaryStyle}>
                {strings.addToCart}
              </button>
            )}
            {p.onAskAbout && (
              <button type="button" onClick={p.onAskAbout} data-action="ask" style={buttonStyle}>
                {strings.askAbout}
              </button>
            )}
          </div>
        )}
        {p.extra}
      </div>
    </div>
  )
}

const overlayStyle: React.CSSProperties = {
  position: 'fixed',
  inset: 0,
  display: 'flex',
  flexDirection: 'column',
  justifyContent: 'space-between',
  pointerEvents: 'none',
  font: '16px/1.4 system-ui, sans-serif',
  color: '#fff',
  zIndex: 2147483000,
}
const messageStyle: React.CSSProperties = {
  margin: '16px auto',
  padding: '8px 14px',
  borderRadius: 18,
  background: 'rgba(0,0,0,.6)',
  maxWidth: '85%',
  textAlign: 'center',
}
const toolbarStyle: React.CSSProperties = {
  pointerEvents: 'auto',
  padding: 12,
  display: 'grid',
  gap: 8,
  justifyItems: 'center',
}
const rowStyle: React.CSSProperties = {
  display: 'flex',
  gap: 8,
  alignItems: 'center',
  flexWrap: 'wrap',
  justifyContent: 'center',
}
const buttonStyle: React.CSSProperties = {
  minHeight: 44,
  padding: '0 16px',
  borderRadius: 22,
  border: 0,
  background: 'rgba(255,255,255,.92)',
  color: '#111',
  font: 'inherit',
}
const primaryStyle: React.CSSProperties = { ...buttonStyle, background: '#111', color: '#fff' }
const badgeStyle: React.CSSProperties = {
  padding: '4px 10px',
  borderRadius: 12,
  background: 'rgba(0,0,0,.6)',
  fontSize: 14,
}
const swatchStyle: React.CSSProperties = { width: 44, height: 44, borderRadius: 22, border: '2px solid rgba(0,0,0,.3)' }
const srOnly: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
}
