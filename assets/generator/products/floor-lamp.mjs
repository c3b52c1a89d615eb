// Floor lamp, 0.44 x 1.55 x 0.44 m: weighted brass base and stem, drum shade
// whose fabric changes with the variant.
import { material, part } from '../document.mjs'
import { cylinder } from '../mesh.mjs'
import { TILE, fabric, metal } from '../palette.mjs'
import { manifestVariants, tableSlot } from '../variants.mjs'

const SHADES = { Linen: ['#e9e1d3', '#f1ebe0'], Charcoal: ['#3a3a3c', '#5a5a5e'] }
const SHADE = { y0: 1.2, height: 0.35, bottom: 0.22, top: 0.16 }
const BASE = { radius: 0.16, height: 0.025 }

export const floorLamp = {
  file: 'floor-lamp.glb',
  manifest: {
    id: 'floor-lamp',
    name: 'Luma floor lamp',
    price: { amount: 149, currency: 'EUR' },
    kind: 'decor',
    model: { src: 'assets/models/floor-lamp.glb', alt: 'A floor lamp with a fabric drum shade on a slim brass stem' },
    dimensions: { width: 2 * SHADE.bottom, height: SHADE.y0 + SHADE.height, depth: 2 * SHADE.bottom, unit: 'm' },
    placement: 'floor',
    variants: manifestVariants(SHADES),
    hotspots: [
      { id: 'shade', ...shadeSurface(0.5), title: 'Fabric drum shade', text: 'Diffuses an E27 bulb of up to 40 W.' },
      {
        id: 'base',
        position: [0.1, BASE.height, 0],
        normal: [0, 1, 0],
        title: 'Weighted base',
        text: 'A 3 kg steel base keeps it steady.',
      },
    ],
  },
  build(ctx) {
    const shade = tableSlot(ctx, SHADES, (name, [color, sheen]) => ({
      ...fabric(`Shade ${name}`, color, sheen),
      doubleSided: true,
    }))
    const brass = material(ctx, metal('Brushed brass', '#c9a45c', 0.35))
    part(ctx, 'Base', cylinder({ height: BASE.height, radiusBottom: BASE.radius, radial: 48 }), brass)
    part(
      ctx,
      'Stem',
      cylinder({ y0: BASE.height, height: SHADE.y0 + 0.1 - BASE.height, radiusBottom: 0.012, radial: 12 }),
      brass,
    )
    part(
      ctx,
      'Shade',
      cylinder({
        y0: SHADE.y0,
        height: SHADE.height,
        radiusBottom: SHADE.bottom,
        radiusTop: SHADE.top,
        radial: 48,
        caps: false,
        tile: TILE.fabric,
      }),
      shade,
    )
  },
}

/** A point on the shade's outer surface, facing the viewer, `t` of the way up. */
function shadeSurface(t) {
  const slope = (SHADE.bottom - SHADE.top) / SHADE.height
  const len = Math.hypot(1, slope)
  const r = SHADE.bottom + (SHADE.top - SHADE.bottom) * t
  const round = (v) => Math.round(v * 1e4) / 1e4
  return {
    position: [0, round(SHADE.y0 + SHADE.height * t), round(r)],
    normal: [0, round(slope / len), round(1 / len)],
  }
}
