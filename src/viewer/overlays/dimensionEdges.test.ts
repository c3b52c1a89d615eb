import { describe, expect, it } from 'vitest'
import { chooseDimensionEdges, type DimensionLine } from './dimensionEdges'

const sofa = { min: [-1.094, 0, -0.5115], max: [1.094, 0.787, 0.5115] } as {
  min: [number, number, number]
  max: [number, number, number]
}
const byAxis = (lines: DimensionLine[]) => Object.fromEntries(lines.map((l) => [l.axis, l]))

describe('chooseDimensionEdges', () => {
  it('measures the real extents of the box', () => {
    const { width, height, depth } = byAxis(chooseDimensionEdges(sofa, 30))
    expect(width.length).toBeCloseTo(2.188, 6)
    expect(height.length).toBeCloseTo(0.787, 6)
    expect(depth.length).toBeCloseTo(1.023, 6)
    // The drawn line is as long as the edge it measures.
    for (const l of [width, height, depth]) {
      expect(Math.hypot(...l.to.map((v, i) => v - l.from[i]))).toBeCloseTo(l.length, 6)
    }
  })

  it('from the front-right: width on the front bottom edge, depth on the right, height up the front-left corner', () => {
    const { width, height, depth } = byAxis(chooseDimensionEdges(sofa, 30, 0.1))
    expect(width.edgeFrom).toEqual([-1.094, 0, 0.5115])
    expect(width.from[2]).toBeCloseTo(0.6115)
    expect(depth.edgeFrom[0]).toBe(1.094)
    expect(depth.from[0]).toBeCloseTo(1.194)
    expect(height.edgeFrom).toEqual([-1.094, 0, 0.5115])
    expect(height.from[0]).toBeCloseTo(-1.194)
  })

  it('from behind-left the lines move to the faces the camera sees', () => {
    const { width, height, depth } = byAxis(chooseDimensionEdges(sofa, -150, 0.1))
    expect(width.edgeFrom[2]).toBe(-0.5115)
    expect(width.from[2]).toBeCloseTo(-0.6115)
    expect(depth.edgeFrom[0]).toBe(-1.094)
    expect(depth.from[0]).toBeCloseTo(-1.194)
    expect(height.edgeFrom[0]).toBe(1.094)
    expect(height.edgeFrom[2]).toBe(-0.5115)
  })

  it('defaults the margin to 4% of the largest extent', () => {
    const { width } = byAxis(chooseDimensionEdges(sofa, 0))
    expect(width.from[2] - width.edgeFrom[2]).toBeCloseTo(2.188 * 0.04, 6)
  })
})
