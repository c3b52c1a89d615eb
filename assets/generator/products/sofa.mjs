// Three-seat sofa, 2.0 x 0.85 x 0.9 m: plinth, back, rounded arms, two seat and
// two back cushions, walnut legs.
import { material, part } from '../document.mjs'
import { backCushion, backCushionFront, corners, legs, seatCushion } from '../furniture.mjs'
import { roundedBox } from '../mesh.mjs'
import { TILE, fabric, timber } from '../palette.mjs'
import { manifestVariants, tableSlot } from '../variants.mjs'

const FABRICS = {
  Sage: ['#8f9e84', '#a9b79e'],
  Navy: ['#2b3a55', '#4a5d80'],
  Terracotta: ['#b5623f', '#cf8460'],
  Oat: ['#d8cbb4', '#e6dccb'],
}
const LEG_H = 0.12
const SEAT_TOP = 0.52
const BACK_CUSHION = { rotateX: -0.14, y: 0.67, z: -0.17 }

export const sofa = {
  file: 'sofa.glb',
  manifest: {
    id: 'sofa',
    name: 'Alba 3-seat sofa',
    price: { amount: 1290, currency: 'EUR' },
    kind: 'furniture',
    model: { src: 'assets/models/sofa.glb', alt: 'A three-seat sofa with deep cushions, rounded arms and walnut legs' },
    dimensions: { width: 2.0, height: 0.85, depth: 0.9, unit: 'm' },
    placement: 'floor',
    variants: manifestVariants(FABRICS),
    hotspots: [
      {
        id: 'covers',
        position: [-0.41, SEAT_TOP + 0.015, 0.09],
        normal: [0, 1, 0],
        title: 'Removable covers',
        text: 'Every cover zips off and washes at 30 °C.',
      },
      {
        id: 'back-cushions',
        ...backCushionFront(BACK_CUSHION, 0.405, 0.1),
        title: 'Feather-wrapped back',
        text: 'Foam core wrapped in feathers: soft, but keeps its shape.',
      },
      {
        id: 'legs',
        position: [0.9, 0.06, 0.38],
        normal: [0, 0, 1],
        title: 'Solid walnut legs',
        text: 'Oiled solid walnut, 12 cm high for easy cleaning underneath.',
      },
    ],
  },
  build(ctx) {
    const cover = tableSlot(ctx, FABRICS, (name, [color, sheen]) => fabric(`Fabric ${name}`, color, sheen))
    const walnut = material(ctx, timber('Walnut', '#6b4630', 0.5))
    const f = TILE.fabric
    part(
      ctx,
      'Plinth',
      roundedBox({ size: [1.64, 0.26, 0.86], center: [0, LEG_H + 0.13, -0.02], radius: 0.03, tile: f }),
      cover,
    )
    part(ctx, 'Back', roundedBox({ size: [1.64, 0.65, 0.2], center: [0, 0.525, -0.35], radius: 0.06, tile: f }), cover)
    for (const side of [-1, 1]) {
      const name = side < 0 ? 'left' : 'right'
      part(
        ctx,
        `Arm ${name}`,
        roundedBox({ size: [0.18, 0.52, 0.9], center: [side * 0.91, LEG_H + 0.26, 0], radius: 0.06, tile: f }),
        cover,
      )
      part(
        ctx,
        `Seat cushion ${name}`,
        seatCushion({ size: [0.81, 0.14, 0.68], center: [side * 0.41, SEAT_TOP - 0.07, 0.09], radius: 0.05 }),
        cover,
      )
      part(
        ctx,
        `Back cushion ${name}`,
        backCushion({ size: [0.8, 0.3, 0.16], radius: 0.06 }, BACK_CUSHION, side * 0.405),
        cover,
      )
    }
    legs(ctx, corners(0.9, 0.36), { height: LEG_H, radiusBottom: 0.016, radiusTop: 0.024 }, walnut)
  },
}
