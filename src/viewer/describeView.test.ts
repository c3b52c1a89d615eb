import { describe, expect, it } from 'vitest'
import { describeView } from './describeView'

describe('describeView', () => {
  it('names the side and the height', () => {
    expect(describeView(0, 0)).toBe('front, eye level')
    expect(describeView(-45, 20)).toBe('front-left, above')
    expect(describeView(90, 0)).toBe('right, eye level')
    expect(describeView(180, 70)).toBe('back, from above')
    expect(describeView(-180, -10)).toBe('back, below')
    expect(describeView(400, 0)).toBe('front-right, eye level')
  })
})
