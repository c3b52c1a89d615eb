// The catalogue types every emit call: the mistakes issue 13 found must not
// compile. `npx tsc --noEmit` fails if a @ts-expect-error below stops erroring.
import { describe, expect, it } from 'vitest'
import type { CatalogueEmit, EventPropsMap } from './catalog'

describe('catalogue types', () => {
  it('names the props of each event and refuses others', () => {
    const got: [string, unknown][] = []
    const emit: CatalogueEmit = (name, props) => got.push([name, props])
    emit('dimensions_toggled', { shown: true })
    emit('tryon_compare', { enabled: true, split: 0.5 })
    emit('ar_offered', { mode: null })
    // @ts-expect-error the viewer once sent {on}; the catalogue says shown
    emit('dimensions_toggled', { on: true })
    // @ts-expect-error try-on once sent {split} alone; enabled is required
    emit('tryon_compare', { split: 0.5 })
    // @ts-expect-error not a catalogued event
    emit('product_viewed', {})
    // @ts-expect-error wrong enum value
    emit('ar_placed', { surface: 'ceiling', distance_m: 1, x: 0, y: 0, z: 0 })
    const placed: EventPropsMap['ar_placed'] = { surface: 'floor', distance_m: 1.2, x: 0, y: 0, z: -1.2 }
    expect(placed.surface).toBe('floor')
    expect(got).toHaveLength(7)
  })
})
