import { describe, expect, it, vi } from 'vitest'
import { createTracker } from '../tracker'
import { ga4 } from './ga4'
import { dataLayer } from './dataLayer'
import { toGa4, toGa4Batch, GA4_LIMITS, type Ga4Event, type Ga4Item } from './ga4Mapping'
import { GA4_EVENT_PARAMS, GA4_ITEM_FIELDS } from './specFields'
import { SAMPLE_INPUTS } from '../../../tests/unit/events-samples'
import { EVENT_NAMES } from '../catalog'
import type { VitrineEvent } from '../types'

const sofa = {
  id: 'sofa',
  name: 'Glam Velvet Sofa',
  brand: 'Acme',
  price: { amount: 899, currency: 'EUR' },
  variants: [{ id: 'navy', name: 'Navy' }],
}
const chair = { id: 'chair', name: 'Sheen Chair', price: { amount: 249, currency: 'EUR' } }
const products = new Map([
  [sofa.id, sofa],
  [chair.id, chair],
])
const productOf = (id: string) => products.get(id)
const ev = (name: string, props: VitrineEvent['props'] = {}, extra: Partial<VitrineEvent> = {}): VitrineEvent => ({
  schema: 1,
  id: `id-${name}`,
  name,
  ts: 1,
  sessionId: 's',
  productId: 'sofa',
  surface: 'ar',
  props,
  ...extra,
})

/** A GA4 recommended event uses the spec's parameter names only, and items the spec's item fields only. */
function expectSpec(out: Ga4Event) {
  expect(Object.keys(GA4_EVENT_PARAMS), `${out.name} is a GA4 recommended event`).toContain(out.name)
  for (const key of Object.keys(out.params)) expect(GA4_EVENT_PARAMS[out.name], `${out.name}.${key}`).toContain(key)
  const items = (out.params.items ?? []) as Ga4Item[]
  for (const it of items) for (const key of Object.keys(it)) expect(GA4_ITEM_FIELDS, `item.${key}`).toContain(key)
  if ('value' in out.params) expect(out.params.currency).toMatch(/^[A-Z]{3}$/) // GA4: value needs currency
  expect(items.length).toBeLessThanOrEqual(GA4_LIMITS.items)
}

describe('GA4 mapping, ecommerce: none (default)', () => {
  it('sends no event the store tag owns and never select_item, for every catalogued event', () => {
    const names = SAMPLE_INPUTS.map(
      (i) =>
        toGa4(
          ev(i.name, (i.props ?? {}) as VitrineEvent['props'], { variantId: i.variantId, shadeId: i.shadeId }),
          sofa,
        )?.name,
    )
    for (const owned of ['view_item', 'view_item_list', 'add_to_cart', 'select_item', 'purchase'])
      expect(names).not.toContain(owned)
    for (const name of names) if (name) expect(name.length).toBeLessThanOrEqual(40)
    expect(EVENT_NAMES.length).toBeGreaterThan(20)
  })

  it('preview_shown -> view_item_3d with the item field names', () => {
    expect(toGa4(ev('preview_shown', { has_model: true }, { variantId: 'navy', surface: 'viewer' }), sofa)).toEqual({
      name: 'view_item_3d',
      ecommerce: false,
      sourceIds: ['id-preview_shown'],
      params: {
        item_id: 'sofa',
        item_name: 'Glam Velvet Sofa',
        item_variant: 'Navy',
        variant_id: 'navy',
        surface: 'viewer',
        has_model: true,
      },
    })
  })

  it('AR and try-on keep their custom names: ar_placed, tryon_started, shade_selected (not select_item)', () => {
    expect(toGa4(ev('ar_placed', { surface: 'floor', distance_m: 1.8, x: 0, y: 0, z: -1.8 }), sofa)!.name).toBe(
      'ar_placed',
    )
    expect(toGa4(ev('tryon_started', { mode: 'photo' }, { surface: 'tryon' }), sofa)!.name).toBe('tryon_started')
    expect(toGa4(ev('variant_selected', {}, { variantId: 'navy' }), sofa)).toMatchObject({
      name: 'variant_selected',
      params: { item_variant: 'Navy' },
    })
    expect(toGa4(ev('shade_selected', {}, { shadeId: 'r1' }), undefined)!.name).toBe('shade_selected')
  })

  it('add_to_cart -> add_to_cart_clicked (custom), so the store cart event is not counted twice', () => {
    const out = toGa4(ev('add_to_cart', { quantity: 1, price: 899, currency: 'EUR' }), sofa)!
    expect(out.name).toBe('add_to_cart_clicked')
    expect(out.params).not.toHaveProperty('currency') // reserved for custom definitions
    expect(out.params).toMatchObject({ item_id: 'sofa', quantity: 1, price: 899 })
  })

  it('a shared snapshot -> share {method, content_type, item_id}; a download stays a custom event', () => {
    const out = toGa4(ev('snapshot_taken', { method: 'share' }), sofa)!
    expect(out).toMatchObject({
      name: 'share',
      params: { method: 'web_share', content_type: 'product_snapshot', item_id: 'sofa' },
    })
    expectSpec(out)
    expect(toGa4(ev('snapshot_taken', { method: 'download' }), sofa)!.name).toBe('snapshot_taken')
  })

  it('a listing sends no per-card event: previews are list impressions, which the store tag owns', () => {
    const batch = [
      ev('preview_shown', {}, { id: 'a' }),
      ev('preview_shown', {}, { id: 'b', productId: 'chair' }),
      ev('model_loaded', { load_ms: 5 }),
    ]
    expect(toGa4Batch(batch, productOf).map((e) => e.name)).toEqual(['model_loaded'])
  })

  it('enforces the 25-parameter and 100-character limits and reserved names', () => {
    const props: VitrineEvent['props'] = { long: 'x'.repeat(250) }
    for (let i = 0; i < 40; i++) props[`p${i}`] = i
    const warn = vi.fn()
    const out = toGa4(ev('ar_placed', props), undefined, warn)!
    expect(Object.keys(out.params)).toHaveLength(GA4_LIMITS.params)
    expect(out.params.long).toHaveLength(100)
    expect(warn).toHaveBeenCalled()
    const bad = toGa4(
      ev('ar_failed', { reason: 'x', user_id: 'u', _private: 1, ga_thing: 2, ['k'.repeat(41)]: 1 }),
      undefined,
    )!
    expect(Object.keys(bad.params).sort()).toEqual(['item_id', 'reason', 'surface'])
    expect(toGa4(ev('page_view'), undefined)).toBeNull()
    expect(toGa4(ev('a'.repeat(41)), undefined)).toBeNull()
  })
})

describe('GA4 mapping, ecommerce: full', () => {
  const full = { ecommerce: 'full' } as const
  it('preview_shown on a product page -> view_item {currency, value, items}', () => {
    const out = toGa4(ev('preview_shown', {}, { variantId: 'navy' }), sofa, undefined, full)!
    expect(out).toMatchObject({
      name: 'view_item',
      ecommerce: true,
      params: {
        currency: 'EUR',
        value: 899,
        items: [
          { item_id: 'sofa', item_name: 'Glam Velvet Sofa', item_brand: 'Acme', item_variant: 'Navy', price: 899 },
        ],
      },
    })
    expectSpec(out)
  })

  it('add_to_cart -> add_to_cart with value = price * quantity', () => {
    const out = toGa4(
      ev('add_to_cart', { quantity: 3, price: 24.5, currency: 'GBP' }, { shadeId: 'rose-04' }),
      undefined,
      undefined,
      full,
    )!
    expect(out).toMatchObject({
      name: 'add_to_cart',
      params: {
        currency: 'GBP',
        value: 73.5,
        items: [{ item_id: 'sofa', item_variant: 'rose-04', price: 24.5, quantity: 3 }],
      },
    })
    expectSpec(out)
  })

  it('a listing -> one view_item_list {item_list_id, item_list_name, items[index]}, never a view_item per card', () => {
    const batch = [ev('preview_shown', {}, { id: 'a' }), ev('preview_shown', {}, { id: 'b', productId: 'chair' })]
    const out = toGa4Batch(batch, productOf, undefined, {
      ...full,
      itemList: { id: 'sofas', name: 'Sofas and chairs' },
    })
    expect(out).toHaveLength(1)
    expect(out[0]).toMatchObject({
      name: 'view_item_list',
      sourceIds: ['a', 'b'],
      params: {
        item_list_id: 'sofas',
        item_list_name: 'Sofas and chairs',
        items: [
          { item_id: 'sofa', index: 0, price: 899 },
          { item_id: 'chair', index: 1 },
        ],
      },
    })
    expectSpec(out[0])
    // Several products' previews in one batch count as a listing even without itemList.
    expect(toGa4Batch(batch, productOf, undefined, full).map((e) => e.name)).toEqual(['view_item_list'])
  })
})

describe('ga4() and dataLayer() destinations', () => {
  it('call gtag("event", …) and push to the data layer with the ecommerce clearing push', async () => {
    const calls: unknown[][] = []
    const layer: unknown[] = []
    ;(globalThis as Record<string, unknown>).gtag = (...args: unknown[]) => calls.push(args)
    const t = createTracker({
      consent: 'granted',
      destinations: [ga4({ sendTo: 'G-TEST', ecommerce: 'full' }), dataLayer({ target: layer, ecommerce: 'full' })],
    })
    t.describeProduct(sofa)
    t.track({ name: 'preview_shown', productId: 'sofa', surface: 'viewer' })
    t.track({ name: 'ar_ended', productId: 'sofa', surface: 'ar', props: { dwell_ms: 5000, placed: true } })
    await t.flush()
    delete (globalThis as Record<string, unknown>).gtag
    expect(calls.map((c) => [c[0], c[1]])).toEqual([
      ['event', 'view_item'],
      ['event', 'ar_ended'],
    ])
    expect(calls[0][2]).toMatchObject({ send_to: 'G-TEST', currency: 'EUR', value: 899 })
    expect(layer[0]).toEqual({ ecommerce: null })
    expect(layer[1]).toMatchObject({
      event: 'view_item',
      ecommerce: { currency: 'EUR', value: 899, items: [{ item_id: 'sofa' }] },
    })
    expect(layer[2]).toEqual({ vitrine: null })
    expect(layer[3]).toMatchObject({ event: 'ar_ended', vitrine: { dwell_ms: 5000, placed: true, item_id: 'sofa' } })
    t.close()
  })

  it('default dataLayer pushes only custom events', async () => {
    const layer: Record<string, unknown>[] = []
    const t = createTracker({ consent: 'granted', destinations: [dataLayer({ target: layer })] })
    t.track({ name: 'preview_shown', productId: 'sofa', surface: 'viewer' })
    t.track({
      name: 'add_to_cart',
      productId: 'sofa',
      surface: 'viewer',
      props: { quantity: 1, price: 899, currency: 'EUR' },
    })
    await t.flush()
    expect(layer.filter((l) => l.event).map((l) => l.event)).toEqual(['view_item_3d', 'add_to_cart_clicked'])
    expect(layer.some((l) => 'ecommerce' in l)).toBe(false)
    t.close()
  })

  it('ga4() without gtag is a no-op that warns once in debug', async () => {
    const warn = vi.fn()
    const t = createTracker({
      consent: 'granted',
      debug: true,
      logger: { warn, error: vi.fn() },
      destinations: [ga4()],
    })
    t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
    t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
    await t.flush()
    expect(warn).toHaveBeenCalledTimes(1)
    t.close()
  })
})
