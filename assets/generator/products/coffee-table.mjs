// Coffee table, 1.1 x 0.42 x 0.6 m: top, aprons, lower shelf and tapered legs,
// all in one wood that changes with the variant.
import { part } from '../document.mjs'
import { legs } from '../furniture.mjs'
import { roundedBox } from '../mesh.mjs'
import { TILE, timber } from '../palette.mjs'
import { manifestVariants, tableSlot } from '../variants.mjs'

const WOODS = { Oak: ['#c49a6c', 0.55], Walnut: ['#6b4630', 0.5] }
const HEIGHT = 0.42
const TOP = 0.04
const LEG = { x: 0.48, z: 0.23 }

export const coffeeTable = {
  file: 'coffee-table.glb',
  manifest: {
    id: 'coffee-table',
    name: 'Tova coffee table',
    price: { amount: 329, currency: 'EUR' },
    kind: 'furniture',
    model: {
      src: 'assets/models/coffee-table.glb',
      alt: 'A solid wood coffee table with a lower shelf and tapered legs',
    },
    dimensions: { width: 1.1, height: HEIGHT, depth: 0.6, unit: 'm' },
    placement: 'floor',
    variants: manifestVariants(WOODS),
    hotspots: [
      {
        id: 'top',
        position: [0.2, HEIGHT, 0.1],
        normal: [0, 1, 0],
        title: 'Solid wood top',
        text: '4 cm solid timber, finished with a hard-wax oil.',
      },
      {
        id: 'shelf',
        position: [0, 0.13, 0.15],
        normal: [0, 1, 0],
        title: 'Lower shelf',
        text: 'Room for books and magazines.',
      },
    ],
  },
  build(ctx) {
    const wood = tableSlot(ctx, WOODS, (name, [color, roughness]) => timber(name, color, roughness))
    const w = TILE.wood
    part(
      ctx,
      'Top',
      roundedBox({ size: [1.1, TOP, 0.6], center: [0, HEIGHT - TOP / 2, 0], radius: 0.012, tile: w }),
      wood,
    )
    part(ctx, 'Shelf', roundedBox({ size: [0.96, 0.02, 0.46], center: [0, 0.12, 0], radius: 0.006, tile: w }), wood)
    const railY = HEIGHT - TOP - 0.03
    for (const side of [-1, 1]) {
      part(
        ctx,
        `Apron ${side < 0 ? 'back' : 'front'}`,
        roundedBox({ size: [0.9, 0.06, 0.022], center: [0, railY, side * LEG.z], radius: 0.004, tile: w }),
        wood,
      )
      part(
        ctx,
        `Apron ${side < 0 ? 'left' : 'right'}`,
        roundedBox({ size: [0.022, 0.06, 0.42], center: [side * LEG.x, railY, 0], radius: 0.004, tile: w }),
        wood,
      )
    }
    // Left pair first (the sofa's order is back pair first): the committed GLB keeps its node order.
    const leftPairFirst = [-LEG.x, LEG.x].flatMap((x) => [-LEG.z, LEG.z].map((z) => [x, z]))
    legs(ctx, leftPairFirst, { height: HEIGHT - TOP, radiusBottom: 0.018, radiusTop: 0.026 }, wood)
  },
}
