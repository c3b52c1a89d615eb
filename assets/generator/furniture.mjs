// Parts that the upholstered pieces and the table build alike: turned legs at
// the corners, and seat and back cushions that bulge where one sits or leans.
import { part } from './document.mjs'
import { cylinder, roundedBox, transform, transformPoint } from './mesh.mjs'
import { TILE } from './palette.mjs'

/** The four corners (±x, ±z) in the order the sofa and armchair build their legs: back pair first. */
export function corners(x, z) {
  return [
    [-x, -z],
    [x, -z],
    [-x, z],
    [x, z],
  ]
}

/**
 * One wooden leg at each [x, z] of `at`, in that order, named by its corner ("Leg left back").
 * `leg` holds the cylinder's height and radii.
 */
export function legs(ctx, at, leg, slot) {
  for (const [x, z] of at) {
    part(
      ctx,
      `Leg ${x > 0 ? 'right' : 'left'} ${z > 0 ? 'front' : 'back'}`,
      cylinder({ x, z, ...leg, tile: TILE.wood }),
      slot,
    )
  }
}

/** A seat cushion: flat sides, its top bulging up by 1.5 cm. */
export function seatCushion({ size, center, radius }) {
  return roundedBox({ size, center, radius, flat: 2, bulge: { axis: 1, amount: 0.015 }, tile: TILE.fabric })
}

/**
 * A back cushion, its front bulging out by 2 cm, tilted back by `pose.rotateX` and centred at
 * (x, pose.y, pose.z).
 */
export function backCushion({ size, radius }, pose, x = 0) {
  const cushion = roundedBox({ size, radius, flat: 2, bulge: { axis: 2, amount: 0.02 }, tile: TILE.fabric })
  return transform(cushion, backCushionPlacement(pose, x))
}

/** A hotspot's {position, normal} on the front of a back cushion placed as `backCushion` places it. */
export function backCushionFront(pose, x, depth) {
  return transformPoint([0, 0, depth], [0, 0, 1], backCushionPlacement(pose, x))
}

function backCushionPlacement(pose, x) {
  return { rotateX: pose.rotateX, translate: [x, pose.y, pose.z] }
}
