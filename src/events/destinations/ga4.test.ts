import { describe, expect, it, vi } from 'vitest'
import { createTracker } from '../tracker'
import { ga4 } from './ga4'
import { dataLayer } from './dataLayer'
import { toGa4, GA4_LIMITS } from './ga4Mapping'
import type { VitrineEvent } from '../types'

const sofa = { id: 'sofa', name: 'Glam Velvet Sofa', brand: 'Acme', price: { amount: 899, currency: 'EUR' }, variants: [{ id: 'navy', name: 'Navy' }] }
const ev = (name: string, props: VitrineEvent['props'] = {}, extra: Partial<VitrineEvent> = {}): VitrineEvent =>
  ({ schema: 1, id: 'id-1', name, ts: 1, sessionId: 's', productId: 'sofa', surface: 'ar', props, ...extra })

describe('GA4 mapping', () => {
  it('preview_shown -> view_item with items[], value and currency', () => {
    expect(toGa4(ev('preview_shown', {}, { variantId: 'navy' }), sofa)).toEqual({
      name: 'view_item', ecommerce: true,
      params: { surface: 'ar', currency: 'EUR', value: 899, items: [{ item_id: 'sofa', item_name: 'Glam Velvet Sofa', item_brand: 'Acme', item_variant: 'Navy', price: 899 }] },
    })
  })

  it('add_to_cart -> add_to_cart with value = price * quantity', () => {
    const out = toGa4(ev('add_to_cart', { quantity: 3, price: 24.5, currency: 'GBP' }, { shadeId: 'rose-04' }), undefined)!
    expect(out.name).toBe('add_to_cart')
    expect(out.params).toMatchObject({ currency: 'GBP', value: 73.5, items: [{ item_id: 'sofa', item_variant: 'rose-04', price: 24.5, quantity: 3 }] })
  })

  it('variant_selected and shade_selected -> select_item', () => {
    expect(toGa4(ev('variant_selected', {}, { variantId: 'navy' }), sofa)!.params.items).toEqual([{ item_id: 'sofa', item_name: 'Glam Velvet Sofa', item_brand: 'Acme', item_variant: 'Navy' }])
    expect(toGa4(ev('shade_selected', {}, { shadeId: 'r1' }), undefined)!.name).toBe('select_item')
  })

  it('custom events keep their name and enforce the 25-parameter and 100-character limits', () => {
    const props: VitrineEvent['props'] = { long: 'x'.repeat(250) }
    for (let i = 0; i < 40; i++) props[`p${i}`] = i
    const warn = vi.fn()
    const out = toGa4(ev('ar_placed', props), undefined, warn)!
    expect(out.name).toBe('ar_placed')
    expect(Object.keys(out.params)).toHaveLength(GA4_LIMITS.params)
    expect(out.params.long).toHaveLength(100)
    expect(out.params).toMatchObject({ product_id: 'sofa', surface: 'ar', p0: 0 })
    expect(warn).toHaveBeenCalled()
  })

  it('drops reserved or invalid parameter names and refuses names GA4 would not log', () => {
    const out = toGa4(ev('ar_failed', { reason: 'x', user_id: 'u', _private: 1, ga_thing: 2, ['k'.repeat(41)]: 1 }), undefined)!
    expect(Object.keys(out.params).sort()).toEqual(['product_id', 'reason', 'surface'])
    expect(toGa4(ev('page_view'), undefined)).toBeNull()
    expect(toGa4(ev('a'.repeat(41)), undefined)).toBeNull()
  })
})

describe('ga4() and dataLayer() destinations', () => {
  it('call gtag("event", …) and push to the data layer with the ecommerce clearing push', async () => {
    const calls: unknown[][] = []
    const layer: unknown[] = []
    ;(globalThis as Record<string, unknown>).gtag = (...args: unknown[]) => calls.push(args)
    const t = createTracker({ consent: 'granted', destinations: [ga4({ sendTo: 'G-TEST' }), dataLayer({ target: layer })] })
    t.describeProduct(sofa)
    t.track({ name: 'preview_shown', productId: 'sofa', surface: 'viewer' })
    t.track({ name: 'ar_ended', productId: 'sofa', surface: 'ar', props: { dwell_ms: 5000, placed: true } })
    await t.flush()
    delete (globalThis as Record<string, unknown>).gtag
    expect(calls.map((c) => [c[0], c[1]])).toEqual([['event', 'view_item'], ['event', 'ar_ended']])
    expect(calls[0][2]).toMatchObject({ send_to: 'G-TEST', currency: 'EUR', value: 899 })
    expect(layer[0]).toEqual({ ecommerce: null })
    expect(layer[1]).toMatchObject({ event: 'view_item', ecommerce: { currency: 'EUR', value: 899, items: [{ item_id: 'sofa' }] } })
    expect(layer[2]).toEqual({ vitrine: null })
    expect(layer[3]).toMatchObject({ event: 'ar_ended', vitrine: { dwell_ms: 5000, placed: true, product_id: 'sofa' } })
    t.close()
  })

  it('ga4() without gtag is a no-op that warns once in debug', async () => {
    const warn = vi.fn()
    const t = createTracker({ consent: 'granted', debug: true, logger: { warn, error: vi.fn() }, destinations: [ga4()] })
    t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' }); t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
    await t.flush()
    expect(warn).toHaveBeenCalledTimes(1)
    t.close()
  })
})
