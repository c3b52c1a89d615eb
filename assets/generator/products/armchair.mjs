// Lounge armchair in velvet, 0.8 x 0.85 x 0.8 m: wrap-around back, padded
// arms, seat and back cushions on tapered oak legs.
import { material, part } from '../document.mjs'
import { backCushion, backCushionFront, corners, legs, seatCushion } from '../furniture.mjs'
import { roundedBox } from '../mesh.mjs'
import { TILE, fabric, timber } from '../palette.mjs'
import { manifestVariants, tableSlot } from '../variants.mjs'

const VELVETS = {
  Mustard: ['#c9962b', '#e0b24a'],
  Forest: ['#2f4f3a', '#4f7a5c'],
  Blush: ['#d9a6a0', '#ebc1bb'],
}
const LEG_H = 0.16
const SEAT_TOP = 0.48
const BACK_CUSHION = { rotateX: -0.12, y: 0.64, z: -0.17 }

export const armchair = {
  file: 'armchair.glb',
  manifest: {
    id: 'armchair',
    name: 'Oslo velvet armchair',
    price: { amount: 549, currency: 'EUR' },
    kind: 'furniture',
    model: { src: 'assets/models/armchair.glb', alt: 'A velvet lounge armchair with padded arms on tapered oak legs' },
    dimensions: { width: 0.8, height: 0.85, depth: 0.8, unit: 'm' },
    placement: 'floor',
    variants: manifestVariants(VELVETS),
    hotspots: [
      {
        id: 'velvet',
        position: [0, SEAT_TOP + 0.015, 0.09],
        normal: [0, 1, 0],
        title: 'Cotton velvet',
        text: 'Dense cotton velvet with a soft sheen, rated for 40,000 rubs.',
      },
      {
        id: 'back',
        ...backCushionFront(BACK_CUSHION, 0, 0.09),
        title: 'Reclined back',
        text: 'A gently reclined back cushion for reading.',
      },
      {
        id: 'legs',
        position: [0.32, 0.08, 0.3185],
        normal: [0, 0, 1],
        title: 'Solid oak legs',
        text: 'Tapered legs in lacquered solid oak.',
      },
    ],
  },
  build(ctx) {
    const cover = tableSlot(ctx, VELVETS, (name, [color, sheen]) =>
      fabric(`Velvet ${name}`, color, sheen, { velvet: true }),
    )
    const oak = material(ctx, timber('Oak', '#c49a6c'))
    const f = TILE.fabric
    part(
      ctx,
      'Seat base',
      roundedBox({ size: [0.56, 0.2, 0.76], center: [0, LEG_H + 0.1, -0.01], radius: 0.03, tile: f }),
      cover,
    )
    part(
      ctx,
      'Back',
      roundedBox({ size: [0.8, 0.69, 0.16], center: [0, LEG_H + 0.345, -0.32], radius: 0.07, tile: f }),
      cover,
    )
    for (const side of [-1, 1]) {
      part(
        ctx,
        `Arm ${side < 0 ? 'left' : 'right'}`,
        roundedBox({ size: [0.12, 0.48, 0.8], center: [side * 0.34, LEG_H + 0.24, 0], radius: 0.055, tile: f }),
        cover,
      )
    }
    part(
      ctx,
      'Seat cushion',
      seatCushion({ size: [0.56, 0.12, 0.6], center: [0, SEAT_TOP - 0.06, 0.09], radius: 0.045 }),
      cover,
    )
    part(ctx, 'Back cushion', backCushion({ size: [0.54, 0.3, 0.14], radius: 0.055 }, BACK_CUSHION), cover)
    legs(ctx, corners(0.32, 0.3), { height: LEG_H, radiusBottom: 0.015, radiusTop: 0.022 }, oak)
  },
}
