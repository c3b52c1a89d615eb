import { describe, expect, it, vi } from 'vitest'
import { defaultViewerStrings } from '../../ui/strings'
import { ViewerError } from '../../model'
import { applyViewerKey } from './keyboardMap'
import { createInteractionThrottle } from './interactionThrottle'
import { errorMessage } from './errorMessage'
import { shouldLoad } from './loadPolicy'
import type { StageApi } from '../stage/stageApi'

describe('viewer behaviour', () => {
  it('maps arrows to turns and +/- to zoom, and ignores other keys', () => {
    const stage = { rotate: vi.fn(), zoom: vi.fn() } as unknown as StageApi
    expect(applyViewerKey('ArrowLeft', stage)).toBe(true)
    expect(applyViewerKey('-', stage)).toBe(true)
    expect(applyViewerKey('a', stage)).toBe(false)
    expect(stage.rotate).toHaveBeenCalledWith(-15, 0)
    expect(stage.zoom).toHaveBeenCalledWith(1 / 0.85)
  })

  it('lets the first interaction through, then one per second', () => {
    let t = 0
    const allow = createInteractionThrottle(1000, () => t)
    expect(allow()).toBe(true)
    t = 500
    expect(allow()).toBe(false)
    t = 1000
    expect(allow()).toBe(true)
  })

  it("says what failed in the shopper's words; a bad manifest names the field", () => {
    expect(errorMessage(new ViewerError('not-found', 'x'), defaultViewerStrings)).toBe(
      defaultViewerStrings.errors['not-found'],
    )
    expect(errorMessage(new ViewerError('bad-product', 'x'), defaultViewerStrings, 'price.amount')).toContain(
      'price.amount',
    )
    expect(errorMessage(new ViewerError('webgl-context-lost', 'x'), defaultViewerStrings)).toBe(
      defaultViewerStrings.restoring,
    )
    expect(errorMessage(undefined, defaultViewerStrings)).toBeUndefined()
  })

  it('loads lazily near the viewport, eagerly at once, on interaction only after a tap', () => {
    expect(shouldLoad('lazy', true, false, false)).toBe(false)
    expect(shouldLoad('lazy', true, true, false)).toBe(true)
    expect(shouldLoad('eager', true, false, false)).toBe(true)
    expect(shouldLoad('interaction', true, true, false)).toBe(false)
    expect(shouldLoad('interaction', true, false, true)).toBe(true)
    expect(shouldLoad('eager', false, true, true)).toBe(false)
  })
})
