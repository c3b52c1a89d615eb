// Tiny tileable grayscale textures, generated from a seeded PRNG so every run
// writes the same bytes. Base colours come from each material's
// baseColorFactor; these only add grain and weave, so they stay bright.
import { PNG } from 'pngjs'

function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Smooth value noise that wraps every `period` lattice cells, so the texture tiles. */
function periodicNoise(seed, periodX, periodY) {
  const rand = mulberry32(seed)
  const lattice = Array.from({ length: periodX * periodY }, rand)
  const at = (i, j) => lattice[(((j % periodY) + periodY) % periodY) * periodX + (((i % periodX) + periodX) % periodX)]
  const smooth = (t) => t * t * (3 - 2 * t)
  return (x, y) => {
    const i = Math.floor(x),
      j = Math.floor(y)
    const fx = smooth(x - i),
      fy = smooth(y - j)
    const a = at(i, j) + (at(i + 1, j) - at(i, j)) * fx
    const b = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * fx
    return a + (b - a) * fy
  }
}

function grayscalePng(size, valueAt) {
  const png = new PNG({ width: size, height: size, colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 })
  png.data = Buffer.alloc(size * size)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data[y * size + x] = Math.round(255 * Math.min(1, Math.max(0, valueAt(x, y))))
    }
  }
  return new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, deflateLevel: 9 }))
}

/** Wood grain running along U (the texture's x axis). Covers WOOD_TILE metres. */
export const WOOD_TILE = 0.5
export function woodPng(size = 128) {
  const warp = periodicNoise(7, 4, 8)
  const fine = periodicNoise(11, 64, 16)
  return grayscalePng(size, (x, y) => {
    const u = x / size,
      v = y / size
    // Stretched rings: many bands across V, gently warped along U.
    const ring = Math.sin((v * 14 + warp(u * 4, v * 8) * 1.6) * Math.PI * 2)
    const streak = fine(u * 64, v * 16)
    return 0.86 + 0.07 * ring + 0.07 * (streak - 0.5)
  })
}

/** A plain weave: alternating warp and weft threads with slub noise. Covers FABRIC_TILE metres. */
export const FABRIC_TILE = 0.06
export function fabricPng(size = 64) {
  const slub = periodicNoise(23, 16, 16)
  return grayscalePng(size, (x, y) => {
    const over = ((x >> 1) + (y >> 1)) % 2 === 0
    const thread = over ? Math.sin((((x % 2) + 0.5) * Math.PI) / 2) : Math.sin((((y % 2) + 0.5) * Math.PI) / 2)
    return 0.84 + 0.1 * thread + 0.08 * (slub((x / size) * 16, (y / size) * 16) - 0.5)
  })
}
