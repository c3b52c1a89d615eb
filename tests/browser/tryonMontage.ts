// Side-by-side crops of the mouth for people to look at (written to .vitrine/tryon-out).
import { PNG } from 'pngjs'

export interface Crop {
  img: PNG
  x: number
  y: number
  w: number
  h: number
}

/** Rows of crops, each scaled by `scale`, separated by white gutters. */
export function montage(rows: Crop[][], scale = 3, gutter = 4): Buffer {
  const cw = Math.max(...rows.flat().map((c) => c.w)) * scale
  const ch = Math.max(...rows.flat().map((c) => c.h)) * scale
  const cols = Math.max(...rows.map((r) => r.length))
  const width = cols * (cw + gutter) + gutter,
    height = rows.length * (ch + gutter) + gutter
  const out = new PNG({ width, height })
  out.data.fill(255)
  rows.forEach((row, r) =>
    row.forEach((c, i) => {
      const ox = gutter + i * (cw + gutter),
        oy = gutter + r * (ch + gutter)
      for (let y = 0; y < c.h * scale; y++)
        for (let x = 0; x < c.w * scale; x++) {
          const sx = Math.min(c.img.width - 1, c.x + Math.floor(x / scale)),
            sy = Math.min(c.img.height - 1, c.y + Math.floor(y / scale))
          const k = (sy * c.img.width + sx) * 4,
            d = ((oy + y) * width + ox + x) * 4
          out.data[d] = c.img.data[k]
          out.data[d + 1] = c.img.data[k + 1]
          out.data[d + 2] = c.img.data[k + 2]
          out.data[d + 3] = 255
        }
    }),
  )
  return PNG.sync.write(out)
}
