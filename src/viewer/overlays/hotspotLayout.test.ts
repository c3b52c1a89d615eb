import { describe, expect, it } from 'vitest'
import { hotspotVisibility, placeCard } from './hotspotLayout'

describe('hotspotVisibility', () => {
  it('shows a hotspot facing the camera on the canvas', () => {
    expect(hotspotVisibility({ x: 100, y: 80, behind: false, facing: 0.4 }, 480, 360)).toBe('shown')
  })
  it('dims one whose surface faces away', () => {
    expect(hotspotVisibility({ x: 100, y: 80, behind: false, facing: -0.2 }, 480, 360)).toBe('dimmed')
  })
  it('hides one behind the camera or off the canvas', () => {
    expect(hotspotVisibility({ x: 100, y: 80, behind: true, facing: 1 }, 480, 360)).toBe('hidden')
    expect(hotspotVisibility({ x: 500, y: 80, behind: false, facing: 1 }, 480, 360)).toBe('hidden')
    expect(hotspotVisibility({ x: Number.NaN, y: 80, behind: false, facing: 1 }, 480, 360)).toBe('hidden')
  })
})

describe('placeCard', () => {
  const card = { width: 200, height: 100 }
  const view = { width: 480, height: 360 }
  it('goes right of the button when it fits', () => {
    expect(placeCard({ x: 100, y: 180 }, card, view)).toEqual({ left: 122, top: 130 })
  })
  it('flips left near the right edge', () => {
    expect(placeCard({ x: 400, y: 180 }, card, view)).toEqual({ left: 178, top: 130 })
  })
  it('stays inside the viewer', () => {
    expect(placeCard({ x: 150, y: 10 }, card, { width: 300, height: 360 })).toEqual({ left: 92, top: 8 })
    expect(placeCard({ x: 240, y: 355 }, card, view).top).toBe(252)
  })
})
