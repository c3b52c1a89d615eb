import { describe, expect, it } from 'vitest'
import { frameBounds, orbitPosition } from './framing'

describe('frameBounds', () => {
  const sofa = {
    min: [-1.094, 0.1, -0.5] as [number, number, number],
    max: [1.094, 0.887, 0.523] as [number, number, number],
  }

  it('stands the model on the ground, centred', () => {
    const f = frameBounds(sofa, 30, 1)
    expect(f.offset[0]).toBeCloseTo(0)
    expect(f.offset[1]).toBeCloseTo(-0.1)
    expect(f.offset[2]).toBeCloseTo(-0.0115)
    expect(f.target[1]).toBeCloseTo(0.787 / 2)
  })

  it('fits the bounding sphere in the narrower field of view', () => {
    const wide = frameBounds(sofa, 30, 2)
    const tall = frameBounds(sofa, 30, 0.5)
    expect(tall.distance).toBeGreaterThan(wide.distance)
    // The sphere's angular radius must be inside half the vertical FOV.
    expect(Math.asin(wide.radius / wide.distance)).toBeLessThan((15 * Math.PI) / 180)
  })

  it('scales zoom limits with the model size', () => {
    const small = frameBounds({ min: [-0.02, 0, -0.014], max: [0.02, 0.063, 0.014] }, 30, 1)
    const big = frameBounds(sofa, 30, 1)
    expect(big.minDistance / small.minDistance).toBeCloseTo(big.radius / small.radius, 1)
    expect(small.minDistance).toBeGreaterThan(small.radius)
    expect(small.maxDistance).toBeGreaterThan(small.distance)
    expect(small.near).toBeLessThan(small.distance - small.radius)
  })
})

describe('orbitPosition', () => {
  it('puts azimuth 0 in front (+z) and 90 to the right (+x)', () => {
    const front = orbitPosition([0, 0, 0], 2, 0, 0)
    expect(front[2]).toBeCloseTo(2)
    const right = orbitPosition([0, 0, 0], 2, 90, 0)
    expect(right[0]).toBeCloseTo(2)
    const above = orbitPosition([0, 1, 0], 2, 0, 90)
    expect(above[1]).toBeCloseTo(3)
  })
})
