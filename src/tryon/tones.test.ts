import { describe, expect, it } from 'vitest'
import { halve, readTones, SKIN_POINTS } from './tones'

describe('readTones', () => {
  it('reads lip colour between the contours and skin colour on the cheeks', () => {
    const width = 100,
      height = 100
    const data = new Uint8ClampedArray(width * height * 4)
    for (let i = 0; i < width * height; i++) {
      const y = Math.floor(i / width)
      const lip = y >= 60 && y < 80
      data.set(lip ? [170, 60, 70, 255] : [210, 160, 130, 255], i * 4)
    }
    const face = new Float32Array(478 * 3)
    const outer = [0, 1],
      inner = [2, 3]
    face.set([0.4, 0.6, 0], 0)
    face.set([0.6, 0.6, 0], 3) // outer contour at y = 60
    face.set([0.4, 0.78, 0], 6)
    face.set([0.6, 0.78, 0], 9) // inner contour at y = 78
    for (const p of SKIN_POINTS) face.set([0.2, 0.3, 0], p * 3)
    const t = readTones({ data, width, height }, face, outer, inner)
    expect(t.lip).toEqual([170, 60, 70])
    expect(t.skin).toEqual([210, 160, 130])
    expect(t.lipLuma).toBeGreaterThan(0.05)
    expect(t.lipLuma).toBeLessThan(0.2)
  })
  it('halves an image with a 2x2 box filter', () => {
    const src = {
      width: 2,
      height: 2,
      data: new Uint8ClampedArray([0, 0, 0, 255, 100, 40, 8, 255, 200, 80, 16, 255, 100, 40, 8, 255]),
    }
    expect([...halve(src).data]).toEqual([100, 40, 8, 255])
  })
})
