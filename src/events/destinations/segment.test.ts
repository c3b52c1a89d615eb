import { describe, expect, it } from 'vitest'
import { createTracker } from '../tracker'
import { segment, toSegment, toSegmentBatch, SEGMENT_NAMES, titleCase, type SegmentTrack } from './segment'
import { OBJECT_ACTION_TITLE_CASE, SEGMENT_EVENT_PROPS, SEGMENT_PRODUCT_FIELDS } from './specFields'
import { EVENT_NAMES } from '../catalog'
import type { VitrineEvent } from '../types'

const lip = {
  id: 'lip',
  name: 'Velvet Lip',
  price: { amount: 24, currency: 'EUR' },
  shades: [{ id: 'rose-04', name: 'Rose 04' }],
}
const gloss = { id: 'gloss', name: 'Gloss', price: { amount: 19, currency: 'EUR' } }
const products = new Map([
  [lip.id, lip],
  [gloss.id, gloss],
])
const ev = (name: string, props: VitrineEvent['props'] = {}, extra: Partial<VitrineEvent> = {}): VitrineEvent => ({
  schema: 1,
  id: `evt-${name}`,
  name,
  ts: 1_700_000_000_000,
  sessionId: 's1',
  productId: 'lip',
  shadeId: 'rose-04',
  surface: 'tryon',
  props,
  ...extra,
})

/** A Segment spec event carries the spec's property names only. */
function expectSpec(t: SegmentTrack) {
  const allowed = SEGMENT_EVENT_PROPS[t.event]
  expect(allowed, `${t.event} is an Ecommerce v2 event`).toBeDefined()
  for (const key of Object.keys(t.properties)) expect(allowed, `${t.event}.${key}`).toContain(key)
  for (const p of (t.properties.products ?? []) as Record<string, unknown>[])
    for (const key of Object.keys(p)) expect(SEGMENT_PRODUCT_FIELDS).toContain(key)
}

describe('Segment mapping', () => {
  it('every catalogued event has an Object Action Title Case name; none is a spec event the store owns', () => {
    for (const name of EVENT_NAMES) {
      const t = toSegment(ev(name, name === 'snapshot_taken' ? { method: 'download' } : {}), lip)
      expect(t.event, name).toMatch(OBJECT_ACTION_TITLE_CASE)
      expect(['Product Viewed', 'Product Added', 'Product List Viewed', 'Product Clicked']).not.toContain(t.event)
    }
    expect(Object.keys(SEGMENT_NAMES).sort()).toEqual([...EVENT_NAMES].sort())
    expect(titleCase('store_custom_thing')).toBe('Store Custom Thing')
    expect(toSegment(ev('store_custom_thing'), lip).event).toBe('Store Custom Thing')
    expect(toSegment(ev('ar_placed', { surface: 'floor', distance_m: 2, x: 0, y: 0, z: -2 }), lip)).toMatchObject({
      event: 'AR Product Placed',
      properties: { product_id: 'lip', surface: 'floor', distance_m: 2 },
    })
  })

  it('custom tracks carry product_id, variant and their props, with messageId = event id', () => {
    const t = toSegment(ev('tryon_ended', { dwell_ms: 1000, shades_tried: 3 }), lip)
    expect(t).toMatchObject({
      event: 'Try On Ended',
      properties: { product_id: 'lip', shade_id: 'rose-04', variant: 'Rose 04', dwell_ms: 1000, shades_tried: 3 },
    })
    expect(t.options.messageId).toBe('evt-tryon_ended')
    expect(t.options.timestamp.getTime()).toBe(1_700_000_000_000)
  })

  it('a shared snapshot -> Product Shared {share_via, product fields}', () => {
    const t = toSegment(ev('snapshot_taken', { method: 'share' }), lip)
    expect(t).toMatchObject({
      event: 'Product Shared',
      properties: { share_via: 'web_share', product_id: 'lip', name: 'Velvet Lip', variant: 'Rose 04' },
    })
    expectSpec(t)
  })

  it('ecommerce full: Product Viewed and Product Added with the spec fields', () => {
    const viewed = toSegment(ev('preview_shown'), lip, { ecommerce: 'full' })
    expect(viewed.event).toBe('Product Viewed')
    expect(viewed.properties).toEqual({
      product_id: 'lip',
      sku: 'lip',
      name: 'Velvet Lip',
      variant: 'Rose 04',
      price: 24,
      currency: 'EUR',
      value: 24,
    })
    expectSpec(viewed)
    const added = toSegment(ev('add_to_cart', { quantity: 2, price: 24, currency: 'EUR' }), lip, { ecommerce: 'full' })
    expect(added).toMatchObject({
      event: 'Product Added',
      properties: { product_id: 'lip', variant: 'Rose 04', price: 24, quantity: 2, currency: 'EUR', value: 48 },
    })
    expectSpec(added)
  })

  it('a listing -> one Product List Viewed {list_id, category, products[position]} with full, nothing with none', () => {
    const batch = [
      ev('preview_shown', {}, { id: 'a', shadeId: undefined }),
      ev('preview_shown', {}, { id: 'b', productId: 'gloss', shadeId: undefined }),
    ]
    const list = toSegmentBatch(batch, (id) => products.get(id), {
      ecommerce: 'full',
      itemList: { id: 'lips', name: 'Lipsticks' },
    })
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({
      event: 'Product List Viewed',
      properties: {
        list_id: 'lips',
        category: 'Lipsticks',
        products: [
          { product_id: 'lip', position: 1 },
          { product_id: 'gloss', position: 2 },
        ],
      },
    })
    expect(list[0].options.messageId).toBe('a')
    expectSpec(list[0])
    expect(toSegmentBatch(batch, (id) => products.get(id))).toEqual([])
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
    expect(calls[0][0]).toBe('Product Shade Selected')
    expect(calls[0][2]).toMatchObject({ messageId: e.id })
    t.close()
  })
})
