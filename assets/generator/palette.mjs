// Material looks shared across the catalogue. Colours are sRGB hex, the same
// value the manifest shows as a variant swatch.
import { FABRIC_TILE, WOOD_TILE, fabricPng, woodPng } from './textures.mjs'

const maps = {}
const wood = () => (maps.wood ??= { name: 'wood-grain', png: woodPng() })
const weave = () => (maps.weave ??= { name: 'fabric-weave', png: fabricPng() })

export const TILE = { wood: WOOD_TILE, fabric: FABRIC_TILE }

/** Woven upholstery: rough, with a soft sheen of a lighter tint. */
export function fabric(name, color, sheenColor, { velvet = false } = {}) {
  return {
    name,
    color,
    metallic: 0,
    roughness: velvet ? 0.8 : 0.92,
    sheen: { color: sheenColor, roughness: velvet ? 0.35 : 0.6 },
    map: weave(),
  }
}

export function timber(name, color, roughness = 0.55) {
  return { name, color, roughness, metallic: 0, map: wood() }
}

export function metal(name, color, roughness) {
  return { name, color, roughness, metallic: 1 }
}
