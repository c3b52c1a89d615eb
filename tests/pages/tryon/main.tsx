import { createRoot } from 'react-dom/client'
import { useRef, useState } from 'react'
import { LipTryOn, type LipTryOnHandle, type TryOnError } from '../../../src/tryon'
import type { TrackInput } from '../../../src/events/types'
import { lipstick } from './fixture'
import type { ProductSource } from '../../../src/product'
import { tryOnInspect, type TryOnInspection } from '../../../src/testing'

// Test instrumentation only: remember every camera stream the page opens, so
// the test can check that all tracks ended.
const streams: MediaStream[] = []
const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices)
if (original) {
  navigator.mediaDevices.getUserMedia = async (c) => {
    const s = await original(c)
    streams.push(s)
    return s
  }
}

const params = new URLSearchParams(location.search)
const events: TrackInput[] = []
const errors: Pick<TryOnError, 'code' | 'message'>[] = []

declare global {
  interface Window {
    __tryon: {
      handle: () => LipTryOnHandle | null
      /** vitrine/testing's read-out of the mounted try-on (null before it mounts). */
      inspect: () => TryOnInspection | null
      events: TrackInput[]
      errors: Pick<TryOnError, 'code' | 'message'>[]
      trackStates: () => string[]
      setPhoto: (url: string | null) => void
      setProduct: (p: ProductSource) => void
      unmount: () => void
    }
  }
}

let setPhotoOutside: (p: string | null) => void = () => {}
let setProductOutside: (p: ProductSource) => void = () => {}
let unmountOutside: () => void = () => {}

function App() {
  const ref = useRef<LipTryOnHandle>(null)
  const [photo, setPhoto] = useState<string | null>(params.get('photo'))
  const [mounted, setMounted] = useState(true)
  const [product, setProduct] = useState<ProductSource>(
    params.get('product') === 'bad' ? ({ id: 'x', kind: 'lipstick' } as unknown as ProductSource) : lipstick,
  )
  setPhotoOutside = setPhoto
  setProductOutside = setProduct
  unmountOutside = () => setMounted(false)
  window.__tryon.handle = () => ref.current
  if (!mounted) return <p data-unmounted>unmounted</p>
  return (
    <LipTryOn
      ref={ref}
      product={product}
      shade={params.get('shade') ?? undefined}
      photo={photo ?? undefined}
      onEvent={(e) => events.push(e)}
      onError={(e) => errors.push({ code: e.code, message: e.message })}
    />
  )
}

window.__tryon = {
  handle: () => null,
  inspect: () => tryOnInspect(window.__tryon.handle()),
  events,
  errors,
  trackStates: () => streams.flatMap((s) => s.getTracks().map((t) => t.readyState)),
  setPhoto: (url) => setPhotoOutside(url),
  setProduct: (p) => setProductOutside(p),
  unmount: () => unmountOutside(),
}
createRoot(document.getElementById('root')!).render(<App />)
