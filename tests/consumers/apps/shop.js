'use client'
// The store page every consumer app of the matrix renders, written as a store
// would write it against the public API only (no JSX: no app needs Babel).
// Next.js imports it from a server page, hence the directive above.
import { createElement as h } from 'react'
import { LipTryOn, ProductViewer, RoomPlacement, parseProduct } from 'vitrine'
import { tryOnInspect } from 'vitrine/testing'

/** A piece of furniture priced in euros. */
const furniture = (id, name, amount, model, more = {}) => ({
  id,
  name,
  price: { amount, currency: 'EUR' },
  kind: 'furniture',
  model,
  ...more,
})
/** Draco-compressed geometry (KHR_draco_mesh_compression), with a poster shown before the 3D view. */
const dracoChair = furniture('sheen-chair', 'Sheen Chair', 349, {
  src: '/shared/models/SheenChair/derived/SheenChair.draco.glb',
  alt: 'An armchair in velvet',
  poster: '/store/posters/armchair.webp',
})
/** KTX2 / Basis Universal textures (KHR_texture_basisu). */
const ktx2Lamp = furniture('barn-lamp', 'Barn Lamp', 89, {
  src: '/shared/models/AnisotropyBarnLamp/glTF-KTX2-Basisu/AnisotropyBarnLamp.gltf',
  alt: 'A metal barn lamp',
})
/** A shade no lips have, so painted pixels are plain to see. */
const lipstick = {
  id: 'lip-velvet',
  name: 'Velvet Lip Colour',
  price: { amount: 24, currency: 'EUR' },
  kind: 'lipstick',
  shades: [
    { id: 'blue-test', name: 'Electric Blue', color: '#1a3ad0', finish: 'matte', opacity: 1 },
    { id: 'rosewood', name: 'Rosewood', color: '#8a3b45', finish: 'satin' },
  ],
}
const armchair = parseProduct(
  furniture(
    'armchair',
    'Armchair',
    549,
    { src: '/store/models/armchair.glb', alt: 'An armchair' },
    { placement: 'floor', dimensions: { width: 0.8, height: 0.9, depth: 0.85, unit: 'm' } },
  ),
)

/** Test hooks: what the harness reads back (the try-on handle, events). Browser only. */
function hooks() {
  if (typeof window === 'undefined') return { events: [], errors: [] }
  return (window.__shop ??= { events: [], errors: [], tryon: null })
}
const box = { width: 360, height: 270, position: 'relative' }

/**
 * @param {{ parts?: string[], assetBase?: string }} props
 *   parts: which sections to render (default all but 'poster', a viewer that waits for a tap);
 *   assetBase: where the store self-hosts the runtime files
 */
export default function Shop({ parts = ['draco', 'ktx2', 'tryon', 'ar'], assetBase }) {
  const onEvent = (e) => hooks().events.push(e)
  const onError = (e) => hooks().errors.push({ code: e.code ?? e.reason, message: e.message })
  const section = (id, child) => parts.includes(id) && h('section', { id, key: id, style: { margin: 8 } }, child)
  if (!armchair.ok) throw new Error(armchair.error.message)
  return h(
    'main',
    { style: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start' } },
    section('poster', h(ProductViewer, { product: dracoChair, loading: 'interaction', style: box, onEvent, onError })),
    section('draco', h(ProductViewer, { product: dracoChair, loading: 'eager', style: box, onEvent, onError })),
    section('ktx2', h(ProductViewer, { product: ktx2Lamp, loading: 'eager', style: box, onEvent, onError })),
    section(
      'tryon',
      h(
        'div',
        { style: { width: 560 } },
        h(LipTryOn, {
          product: lipstick,
          shade: 'blue-test',
          photo: '/faces/face-001.jpg',
          assetBase,
          onEvent,
          onError,
          ref: (handle) => {
            hooks().tryon = handle
            // The lip contours the matrix measures paint against, through the testing entry as a store's test would.
            hooks().tryonLips = () => tryOnInspect(handle)?.lips ?? null
          },
        }),
      ),
    ),
    section('ar', h(RoomPlacement, { product: armchair.product, onEvent, onError })),
  )
}
