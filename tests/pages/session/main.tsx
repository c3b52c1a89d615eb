// Harness for tests/browser/session-events.test.ts: the real components in one
// store page (ProductPreview with viewer, AR and cart; LipTryOn in photo mode;
// the chat hand-off) wired to a real tracker, so the test can record what they
// emit and validate it against events.schema.json. No WebXR: AR falls back.
import { createRef } from 'react'
import { createRoot } from 'react-dom/client'
import { ProductPreview } from '../../../src/preview/ProductPreview'
// As the package exports it: lazy, so the `ref` is checked through the lazy wrapper too.
import { LipTryOn } from '../../../src/tryon/LazyLipTryOn'
import type { LipTryOnHandle } from '../../../src/tryon'
import type { ProductViewerHandle } from '../../../src/viewer'
import { tryOnInspect, viewerStats } from '../../../src/testing'
import { VitrineProvider } from '../../../src/react/VitrineProvider'
import { parseProduct, type Product } from '../../../src/product'
import { createTracker, callback } from '../../../src/events'
import { createChat, callback as chatCallback, type ChatHandoff } from '../../../src/chat'
import type { VitrineEvent } from '../../../src/events/types'

const w = window as any
const events: VitrineEvent[] = (w.__events = [])
const handoffs: ChatHandoff[] = (w.__handoffs = [])
delete (Navigator.prototype as any).xr

// The store's own ids, as its GA4 tag and its sign-in would leave them.
document.cookie = '_ga=GA1.1.987654321.1700000000; path=/'
const tracker = createTracker({
  consent: true,
  destinations: [callback((e) => events.push(e))],
  identity: { customerId: 'C-1001' },
})
const chat = createChat({
  provider: chatCallback((h) => {
    handoffs.push(h)
  }),
  tracker,
})
w.__flush = () => tracker.flush()
// The React 19 `ref` prop on both: the preview's reaches its inline viewer.
const previewViewer = createRef<ProductViewerHandle>()
const tryOn = createRef<LipTryOnHandle>()
w.__refs = {
  viewerSize: () => previewViewer.current?.modelSize() ?? null,
  viewerFrames: () => viewerStats(previewViewer.current)?.frames ?? null,
  tryOnLips: () => !!tryOnInspect(tryOn.current)?.lips,
}

async function main() {
  const catalogue = (await (await fetch('/assets/products.json')).json()) as unknown[]
  const pick = (id: string): Product => {
    const parsed = parseProduct(catalogue.find((p: any) => p.id === id))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const p = parsed.product
    return { ...p, model: p.model && { ...p.model, src: new URL(p.model.src, location.origin + '/').href } }
  }
  const sofa = pick('sofa')
  const lipstick = pick('lipstick-velvet-matte')
  createRoot(document.getElementById('app')!).render(
    <VitrineProvider tracker={tracker} chat={chat}>
      <div className="row">
        <div data-part="sofa">
          <ProductPreview
            ref={previewViewer}
            product={sofa}
            onAddToCart={() => {
              w.__carted = true
            }}
          />
        </div>
        <div data-part="tryon">
          <LipTryOn ref={tryOn} product={lipstick} photo="/shared/faces/face-006.jpg" />
        </div>
      </div>
    </VitrineProvider>,
  )
  w.__ready = true
}
main().catch((err) => {
  w.__fatal = String(err?.stack ?? err)
})
