import { describe, expect, it } from 'vitest'
import { createTracker } from '../tracker'
import { segment, toSegment } from './segment'
import type { VitrineEvent } from '../types'

const lip = { id: 'lip', name: 'Velvet Lip', price: { amount: 24, currency: 'EUR' }, shades: [{ id: 'rose-04', name: 'Rose 04' }] }
const ev = (name: string, props: VitrineEvent['props'] = {}): VitrineEvent =>
  ({ schema: 1, id: 'evt-1', name, ts: 1_700_000_000_000, sessionId: 's1', productId: 'lip', shadeId: 'rose-04', surface: 'tryon', props })

describe('Segment mapping (Ecommerce v2)', () => {
  it('preview_shown -> Product Viewed with product_id, sku, name, variant, price, currency, value', () => {
    const t = toSegment(ev('preview_shown'), lip)
    expect(t.event).toBe('Product Viewed')
    expect(t.properties).toEqual({ product_id: 'lip', sku: 'lip', surface: 'tryon', name: 'Velvet Lip', variant: 'Rose 04', price: 24, currency: 'EUR', value: 24 })
    expect(t.options.messageId).toBe('evt-1')
    expect(t.options.timestamp.getTime()).toBe(1_700_000_000_000)
  })

  it('add_to_cart -> Product Added with quantity', () => {
    expect(toSegment(ev('add_to_cart', { quantity: 2, price: 24, currency: 'EUR' }), lip)).toMatchObject({
      event: 'Product Added', properties: { product_id: 'lip', variant: 'Rose 04', price: 24, quantity: 2, currency: 'EUR', value: 48 },
    })
  })

  it('other events are custom tracks carrying their props', () => {
    expect(toSegment(ev('tryon_ended', { dwell_ms: 1000, shades_tried: 3 }), lip)).toMatchObject({
      event: 'tryon_ended', properties: { product_id: 'lip', shade_id: 'rose-04', variant: 'Rose 04', dwell_ms: 1000, shades_tried: 3 },
    })
  })

  it('works with any analytics.js-compatible global, e.g. rudderanalytics', async () => {
    const calls: unknown[][] = []
    ;(globalThis as Record<string, unknown>).rudderanalytics = { track: (...a: unknown[]) => calls.push(a) }
    const t = createTracker({ consent: 'granted', destinations: [segment({ globalName: 'rudderanalytics' })] })
    t.describeProduct(lip)
    const e = t.track({ name: 'shade_selected', productId: 'lip', surface: 'tryon', shadeId: 'rose-04' })!
    await t.flush()
    delete (globalThis as Record<string, unknown>).rudderanalytics
    expect(calls).toHaveLength(1)
    expect(calls[0][0]).toBe('shade_selected')
    expect(calls[0][2]).toMatchObject({ messageId: e.id })
    t.close()
  })
})
