import { useRef } from 'react'

export interface SplitHandleProps {
  /** 0..1 across the drawn image. */
  value: number
  /** Size of the drawn image, to find where it sits inside the letterboxed stage. */
  imageWidth: number
  imageHeight: number
  onChange(value: number): void
  onRelease(): void
  /** Accessible name of the handle. */
  label: string
}

/** Where an object-fit: contain image lands inside its box. */
function imageBox(box: DOMRect, w: number, h: number) {
  const scale = Math.min(box.width / Math.max(w, 1), box.height / Math.max(h, 1))
  const width = w * scale
  return { left: (box.width - width) / 2, width }
}

/** The before/after divider: drag it (or use arrow keys) across the face. */
export function SplitHandle({ value, imageWidth, imageHeight, onChange, onRelease, label }: SplitHandleProps) {
  const ref = useRef<HTMLDivElement>(null)
  const stage = () => ref.current?.parentElement?.getBoundingClientRect()
  const box = (() => {
    const r = stage()
    return r ? imageBox(r, imageWidth, imageHeight) : { left: 0, width: 0 }
  })()
  const move = (clientX: number) => {
    const r = stage()
    if (!r) return
    const b = imageBox(r, imageWidth, imageHeight)
    onChange(Math.min(1, Math.max(0, (clientX - r.left - b.left) / Math.max(b.width, 1))))
  }
  return (
    <div
      ref={ref}
      className="vitrine-tryon-split"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 100)}
      style={{ left: box.width ? box.left + value * box.width : `${value * 100}%` }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId)
        move(e.clientX)
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) move(e.clientX)
      }}
      onPointerUp={(e) => {
        e.currentTarget.releasePointerCapture(e.pointerId)
        onRelease()
      }}
      onKeyDown={(e) => {
        const step = e.key === 'ArrowLeft' ? -0.05 : e.key === 'ArrowRight' ? 0.05 : 0
        if (step) {
          e.preventDefault()
          onChange(Math.min(1, Math.max(0, value + step)))
          onRelease()
        }
      }}
    >
      <span aria-hidden />
    </div>
  )
}
