// Harness for the viewer browser tests. Everything is driven by the query
// string and read back through window.__harness, so one built page serves
// every viewer test.
import { createRoot, type Root } from 'react-dom/client'
import { createRef } from 'react'
import { ProductViewer, type ProductSource, type ProductViewerHandle, type TrackInput, type ViewerError } from 'vitrine'
import { viewerStats } from 'vitrine/testing'

const params = new URLSearchParams(location.search)
const productParam = params.get('product')
const product: ProductSource = productParam
  ? JSON.parse(productParam)
  : {
      id: params.get('id') ?? 'test-product',
      name: params.get('name') ?? 'Test product',
      price: { amount: 100, currency: 'EUR' },
      kind: 'furniture',
      model: {
        src: params.get('src') ?? '/assets/models/sofa.glb',
        alt: params.get('alt') ?? 'A test model',
        ...(params.get('poster') ? { poster: params.get('poster') } : {}),
      },
      variants: (params.get('variants') ?? '')
        .split(',')
        .filter(Boolean)
        .map((name) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, gltfVariant: name })),
    }

// ?dev=1 turns Vitrine's developer warnings on in this production build (the size check's console.warn).
if (params.get('dev') === '1') (globalThis as { __VITRINE_DEV__?: boolean }).__VITRINE_DEV__ = true
// ?dimensions=1|0 controls the dimension lines; ?unit=metric|imperial their units.
const dimensions = params.has('dimensions') ? params.get('dimensions') === '1' : undefined
const unit = (params.get('unit') as 'metric' | 'imperial' | null) ?? undefined

const harness = {
  events: [] as TrackInput[],
  errors: [] as { code: string; message: string }[],
  ready: 0,
  size: null as [number, number, number] | null,
  variantNames: [] as string[],
  viewer: createRef<ProductViewerHandle>(),
  root: null as Root | null,
  mount(variant?: string) {
    harness.root ??= createRoot(document.getElementById('root')!)
    harness.root.render(
      <ProductViewer
        ref={harness.viewer}
        product={product}
        variant={variant ?? params.get('variant') ?? undefined}
        loading={(params.get('loading') as 'lazy' | 'eager' | 'interaction') ?? 'eager'}
        environment={params.get('env') ?? 'room'}
        dimensions={dimensions}
        unit={unit}
        onEvent={(e) => harness.events.push(e)}
        onError={(e: ViewerError) => harness.errors.push({ code: e.code, message: e.message })}
        onReady={({ size, variantNames }) => {
          harness.ready++
          harness.size = size
          harness.variantNames = variantNames
        }}
      />,
    )
  },
  /** Frames drawn and live GPU objects of the mounted viewer (vitrine/testing), or null before its 3D view. */
  stats: () => viewerStats(harness.viewer.current),
  /** Loaded lazily, so the lazy-loading test still sees no 3D code before scrolling. */
  async cacheStats() {
    return (await import('../../../src/model')).modelCacheStats()
  },
  unmount() {
    harness.root?.unmount()
    harness.root = null
  },
  async snapshotDataUrl(width?: number, height?: number, type?: 'image/png' | 'image/webp', quality?: number) {
    const blob = await harness.viewer.current!.snapshot({ width, height, type, quality })
    return await new Promise<string>((resolve) => {
      const r = new FileReader()
      r.onload = () => resolve(r.result as string)
      r.readAsDataURL(blob)
    })
  },
}
;(window as unknown as { __harness: typeof harness }).__harness = harness
// ?offset=2000 pushes the viewer below the fold, for the lazy-loading test.
const offset = Number(params.get('offset') ?? 0)
if (offset) document.getElementById('root')!.style.marginTop = `${offset}px`
if (params.get('autostart') !== '0') harness.mount()
