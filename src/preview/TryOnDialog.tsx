import { useEffect, useRef } from 'react'
import type { Product } from '../product'
import type { TrackInput } from '../events/types'
import { LipTryOn } from '../tryon/LazyLipTryOn'
import type { TryOnStore } from '../tryon/tryOnStore'

export interface TryOnDialogProps {
  product: Product
  shade?: string
  title: string
  closeLabel: string
  onClose(): void
  onEvent?: (event: TrackInput) => void
  /** Where the try-on keeps its state, when the page reads it (co-view). */
  store?: TryOnStore
}

/** Try-on takes the whole screen, as on a phone; Escape or ✕ closes it (and stops the camera). */
export function TryOnDialog({ product, shade, title, closeLabel, onClose, onEvent, store }: TryOnDialogProps) {
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    closeRef.current?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])
  return (
    <div className="vitrine-dialog" role="dialog" aria-modal="true" aria-label={title}>
      <header>
        <span>{title}</span>
        <button ref={closeRef} type="button" aria-label={closeLabel} onClick={onClose}>
          ✕
        </button>
      </header>
      <div>
        <LipTryOn product={product} shade={shade} onEvent={onEvent} store={store} />
      </div>
    </div>
  )
}
