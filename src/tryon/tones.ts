// The shopper's own lip and skin colour, read from the tracked frame in the
// landmark worker. Only three numbers per tone leave the worker, and only to
// the page's suggestions: never an event, never the network.

/** An sRGB colour, 0..255 per channel. */
export type Rgb = [number, number, number]

/** Lip and skin colour of one face, and the lips' mean linear luminance (for the finish shading). */
export interface FaceTones {
  lip: Rgb
  skin: Rgb
  lipLuma: number
}

/** Cheek and forehead-side points of the MediaPipe topology: bare skin on most faces (no beard, no brows, no glasses). */
export const SKIN_POINTS = [50, 280, 101, 330, 118, 347, 205, 425] as const

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

/** Pixels as RGBA bytes, row-major. */
export interface Pixels {
  data: ArrayLike<number>
  width: number
  height: number
}

/**
 * Mean colours under the lips (a third and two thirds of the way from the outer
 * to the inner contour, away from the edges) and on the cheeks.
 */
export function readTones(
  px: Pixels,
  face: ArrayLike<number>,
  outer: readonly number[],
  inner: readonly number[],
): FaceTones {
  const at = (x: number, y: number): Rgb => {
    const cx = Math.min(px.width - 1, Math.max(0, Math.round(x))),
      cy = Math.min(px.height - 1, Math.max(0, Math.round(y)))
    const k = (cy * px.width + cx) * 4
    return [px.data[k], px.data[k + 1], px.data[k + 2]]
  }
  const lip: Rgb = [0, 0, 0]
  let lipLuma = 0,
    n = 0
  for (let i = 0; i < outer.length; i++) {
    for (const t of [0.33, 0.66]) {
      const x = (face[outer[i] * 3] + (face[inner[i] * 3] - face[outer[i] * 3]) * t) * px.width
      const y = (face[outer[i] * 3 + 1] + (face[inner[i] * 3 + 1] - face[outer[i] * 3 + 1]) * t) * px.height
      const c = at(x, y)
      for (let j = 0; j < 3; j++) lip[j] += c[j]
      lipLuma += toLinear((0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255)
      n++
    }
  }
  const skin: Rgb = [0, 0, 0]
  let m = 0
  for (const p of SKIN_POINTS) {
    for (const [dx, dy] of [
      [0, 0],
      [-2, 0],
      [2, 0],
      [0, -2],
      [0, 2],
    ]) {
      const c = at(face[p * 3] * px.width + dx, face[p * 3 + 1] * px.height + dy)
      for (let j = 0; j < 3; j++) skin[j] += c[j]
      m++
    }
  }
  const mean = (c: Rgb, k: number): Rgb => [Math.round(c[0] / k), Math.round(c[1] / k), Math.round(c[2] / k)]
  return { lip: mean(lip, Math.max(1, n)), skin: mean(skin, Math.max(1, m)), lipLuma: n ? lipLuma / n : NaN }
}

/** Halves an RGBA image in both directions (2x2 box filter): a smaller, cheaper input for the model. */
export function halve(src: Pixels): { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number } {
  const w = src.width >> 1,
    h = src.height >> 1
  const out = new Uint8ClampedArray(new ArrayBuffer(w * h * 4))
  const d = src.data,
    stride = src.width * 4
  for (let y = 0; y < h; y++) {
    let s = y * 2 * stride,
      o = y * w * 4
    for (let x = 0; x < w; x++, s += 8, o += 4) {
      out[o] = (d[s] + d[s + 4] + d[s + stride] + d[s + stride + 4]) >> 2
      out[o + 1] = (d[s + 1] + d[s + 5] + d[s + stride + 1] + d[s + stride + 5]) >> 2
      out[o + 2] = (d[s + 2] + d[s + 6] + d[s + stride + 2] + d[s + stride + 6]) >> 2
      out[o + 3] = 255
    }
  }
  return { data: out, width: w, height: h }
}
