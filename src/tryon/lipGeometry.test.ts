import { describe, expect, it } from 'vitest'
import { buildLipMesh, INNER_LIP, largestFace, lipContours, OUTER_LIP, type Point } from './lipGeometry'

// A synthetic mouth: two concentric ellipses, 20 points each, clockwise from the left corner.
const ellipse = (rx: number, ry: number): Point[] =>
  Array.from({ length: 20 }, (_, i) => {
    const a = Math.PI + (i / 20) * 2 * Math.PI
    return [100 + rx * Math.cos(a), 50 + ry * Math.sin(a)] as Point
  })

const inPolygon = ([x, y]: Point, poly: Point[]) => {
  let inside = false
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i],
      [xj, yj] = poly[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

describe('lip mesh', () => {
  const outer = ellipse(40, 20)
  const inner = ellipse(30, 6)
  const mesh = buildLipMesh({ outer, inner }, 2)

  it('has four rings of 20 vertices and three strips of triangles', () => {
    expect(mesh.positions.length).toBe(4 * 20 * 2)
    expect(mesh.indices.length).toBe(3 * 20 * 6)
    expect(Math.max(...mesh.indices)).toBe(79)
  })

  it('keeps every vertex inside the outer contour and outside the mouth opening', () => {
    for (let v = 20; v < 60; v++) {
      const p: Point = [mesh.positions[v * 2], mesh.positions[v * 2 + 1]]
      expect(inPolygon(p, outer)).toBe(true)
      expect(inPolygon(p, inner)).toBe(false)
    }
  })

  it('fades to zero coverage on both contours', () => {
    const coverage = (v: number) => mesh.attributes[v * 3]
    expect(coverage(0)).toBe(0)
    expect(coverage(20)).toBe(1)
    expect(coverage(40)).toBe(1)
    expect(coverage(60)).toBe(0)
  })

  it('reads the contours from normalised landmarks', () => {
    const lm = new Float32Array(478 * 3)
    lm[OUTER_LIP[0] * 3] = 0.25
    lm[OUTER_LIP[0] * 3 + 1] = 0.5
    lm[INNER_LIP[5] * 3] = 0.5
    lm[INNER_LIP[5] * 3 + 1] = 0.75
    const c = lipContours(lm, 640, 480)
    expect(c.outer[0]).toEqual([160, 240])
    expect(c.inner[5]).toEqual([320, 360])
  })

  it('picks the largest face', () => {
    const face = (s: number) => Float32Array.from([0, 0, 0, s, s, 0])
    expect(largestFace([face(0.1), face(0.4), face(0.2)])).toBe(1)
    expect(largestFace([])).toBe(-1)
  })
})
