import { afterEach, describe, expect, it } from 'vitest'
import { checkTrueSize, describeMismatch, developerWarningsOn } from './sizeCheck'

const sofa: [number, number, number] = [2.188, 0.787, 1.023]

describe('checkTrueSize', () => {
  it('says unlisted when the manifest has no dimensions', () => {
    expect(checkTrueSize(sofa, undefined).status).toBe('unlisted')
  })

  it('accepts sizes within 2%, in any manifest unit', () => {
    expect(checkTrueSize(sofa, { width: 218.8, height: 78.7, depth: 102.3, unit: 'cm' }).status).toBe('match')
    expect(checkTrueSize(sofa, { width: 2.2, height: 0.8, depth: 1.03, unit: 'm' }).status).toBe('match')
    expect(checkTrueSize(sofa, { width: 86.1, height: 31, depth: 40.3, unit: 'in' }).status).toBe('match')
  })

  it('flags just over 2% on one axis', () => {
    const check = checkTrueSize(sofa, { width: 2.188, height: 0.787 / 1.025, depth: 1.023, unit: 'm' })
    expect(check.status).toBe('mismatch')
    if (check.status === 'mismatch') expect(check.worstAxis).toBe('height')
  })

  it('the Khronos Duck (1.6 m as authored) against a 16 cm listing', () => {
    const check = checkTrueSize([1.88, 1.6, 1.36], { width: 18.8, height: 16, depth: 13.6, unit: 'cm' })
    expect(check.status).toBe('mismatch')
    if (check.status !== 'mismatch') return
    expect(check.ratios[1]).toBeCloseTo(10, 6)
    expect(check.likelyCause).toMatch(/10× too large/)
    expect(describeMismatch('duck', check)).toMatch(
      /"duck".*1\.880 × 1\.600 × 1\.360 m.*0\.188 × 0\.160 × 0\.136 m.*(width|height|depth) 900% off/,
    )
  })

  it('names centimetre, millimetre and inch exports', () => {
    const cause = (k: number) => {
      const c = checkTrueSize(sofa.map((v) => v * k) as [number, number, number], {
        width: 2.188,
        height: 0.787,
        depth: 1.023,
        unit: 'm',
      })
      return c.status === 'mismatch' ? c.likelyCause : c.status
    }
    expect(cause(100)).toMatch(/centimetres/)
    expect(cause(1000)).toMatch(/millimetres/)
    expect(cause(39.37)).toMatch(/inches/)
    expect(cause(0.01)).toMatch(/100× smaller/)
    expect(cause(3)).toMatch(/uniformly 3\.00×/)
  })

  it('recognises a Z-up export and a sideways model', () => {
    const zUp = checkTrueSize([2.188, 1.023, 0.787], { width: 2.188, height: 0.787, depth: 1.023, unit: 'm' })
    expect(zUp.status === 'mismatch' && zUp.likelyCause).toMatch(/Z-up/)
    const sideways = checkTrueSize([1.023, 0.787, 2.188], { width: 2.188, height: 0.787, depth: 1.023, unit: 'm' })
    expect(sideways.status === 'mismatch' && sideways.likelyCause).toMatch(/faces sideways/)
    const other = checkTrueSize([1, 2, 3], { width: 2.188, height: 0.787, depth: 1.023, unit: 'm' })
    expect(other.status === 'mismatch' && other.likelyCause).toMatch(/proportions differ/)
  })
})

describe('developerWarningsOn', () => {
  afterEach(() => {
    delete (globalThis as { __VITRINE_DEV__?: boolean }).__VITRINE_DEV__
  })
  it('follows NODE_ENV unless the page forces it', () => {
    expect(developerWarningsOn()).toBe(process.env.NODE_ENV !== 'production')
    ;(globalThis as { __VITRINE_DEV__?: boolean }).__VITRINE_DEV__ = false
    expect(developerWarningsOn()).toBe(false)
    ;(globalThis as { __VITRINE_DEV__?: boolean }).__VITRINE_DEV__ = true
    expect(developerWarningsOn()).toBe(true)
  })
})
