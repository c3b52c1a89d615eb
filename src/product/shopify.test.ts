import { describe, expect, it } from 'vitest'
import ajaxSofa from './__fixtures__/shopify-ajax-sofa.json'
import storefrontArmchair from './__fixtures__/shopify-storefront-armchair.json'
import adminLamp from './__fixtures__/shopify-admin-lamp.json'
import { fromShopifyProduct, assertShopifyProduct, ShopifyProductError } from './shopify'
import { ProductError } from './parseProduct'

// Fixtures are edited as loose JSON, the way a theme would hand them over.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const clone = (x: unknown): any => structuredClone(x)

describe('fromShopifyProduct', () => {
  it('maps Liquid / Ajax product JSON (cents, protocol-relative poster, option1 colours)', () => {
    const result = fromShopifyProduct(ajaxSofa, {
      currency: 'EUR',
      kind: 'furniture',
      swatches: { Sage: '#8f9e84', Navy: '#2b3a55' },
    })
    if (!result.ok) throw result.error
    const p = result.product
    expect(p.id).toBe('alba-3-seat-sofa')
    expect(p.name).toBe('Alba 3-seat sofa')
    expect(p.price).toEqual({ amount: 1290, currency: 'EUR' })
    expect(p.kind).toBe('furniture')
    expect(p.placement).toBe('floor')
    expect(p.model).toEqual({
      src: 'https://maison-nord.myshopify.com/cdn/shop/3d/models/o/a1b2c3/alba.glb',
      usdz: 'https://maison-nord.myshopify.com/cdn/shop/3d/models/o/a1b2c3/alba.usdz',
      poster: 'https://maison-nord.myshopify.com/cdn/shop/files/preview_images/alba-model.jpg?v=1709370100',
      alt: 'A three-seat sofa with deep cushions, rounded arms and walnut legs',
    })
    expect(p.variants).toEqual([
      { id: '44011122233301', name: 'Sage', gltfVariant: 'Sage', swatch: '#8f9e84' },
      { id: '44011122233302', name: 'Navy', gltfVariant: 'Navy', swatch: '#2b3a55' },
      { id: '44011122233303', name: 'Terracotta', gltfVariant: 'Terracotta', swatch: undefined },
    ])
  })

  it('maps a Storefront GraphQL response (data.product, nodes/edges, currencyCode, selectedOptions)', () => {
    const p = assertShopifyProduct(storefrontArmchair, {
      kind: 'furniture',
      dimensions: { width: 80, height: 85, depth: 80, unit: 'cm' },
    })
    expect(p.id).toBe('oslo-velvet-armchair')
    expect(p.price).toEqual({ amount: 549, currency: 'EUR' })
    expect(p.model?.src).toBe('https://cdn.shopify.com/s/files/1/0600/3d/models/o/d4e5/oslo.glb')
    expect(p.model?.usdz).toBe('https://cdn.shopify.com/s/files/1/0600/3d/models/o/d4e5/oslo.usdz')
    expect(p.model?.poster).toBe(
      'https://cdn.shopify.com/s/files/1/0600/files/preview_images/oslo-model.jpg?v=1709370100',
    )
    expect(p.dimensions).toEqual({ width: 80, height: 85, depth: 80, unit: 'cm' })
    // The model's KHR_materials_variants follow the Fabric option, not Legs.
    expect(p.variants.map((v) => [v.id, v.name, v.gltfVariant])).toEqual([
      ['44011122233311', 'Mustard / Oak', 'Mustard'],
      ['44011122233312', 'Bottle green / Oak', 'Bottle green'],
    ])
  })

  it('maps Admin GraphQL (preview.image, decimal string price, Default Title means no variants)', () => {
    const result = fromShopifyProduct(adminLamp, { currency: 'EUR', placement: 'floor' })
    if (!result.ok) throw result.error
    expect(result.product.price).toEqual({ amount: 189, currency: 'EUR' })
    expect(result.product.model?.poster).toBe(
      'https://cdn.shopify.com/s/files/1/0600/files/preview_images/halo.jpg?v=1709370200',
    )
    expect(result.product.model?.alt).toBe('Halo floor lamp')
    expect(result.product.variants).toEqual([])
  })

  it('names the media when a product has no 3D model', () => {
    const json = clone(ajaxSofa)
    json.media = json.media.filter((m: { media_type: string }) => m.media_type !== 'model')
    const result = fromShopifyProduct(json, { currency: 'EUR' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBeInstanceOf(ShopifyProductError)
    expect(result.error.field).toBe('media')
    expect(result.error.message).toBe('Cannot map the Shopify product: "media": has no model_3d media (found: image)')
  })

  it('names the sources when a model has no GLB (USDZ only)', () => {
    const json = clone(storefrontArmchair)
    const model = json.data.product.media.nodes[1]
    model.sources = model.sources.filter((s: { format: string }) => s.format !== 'glb')
    const result = fromShopifyProduct(json)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.field).toBe('media.1.sources')
    expect(result.error.message).toContain('has no GLB source with a url (found: usdz)')
  })

  it('asks for a currency where Shopify gives none, and never throws on junk', () => {
    const noCurrency = fromShopifyProduct(ajaxSofa)
    expect(noCurrency.ok || noCurrency.error.field).toBe('price.currency')
    for (const junk of [null, 3, 'sofa', [], {}]) {
      const result = fromShopifyProduct(junk)
      expect(result.ok).toBe(false)
    }
    const noMedia = fromShopifyProduct({ title: 'Lamp', handle: 'lamp', price: 100 }, { currency: 'EUR' })
    expect(noMedia.ok || noMedia.error.field).toBe('media')
  })

  it('passes the mapped manifest through parseProduct: a bad option is a ProductError naming the manifest field', () => {
    const result = fromShopifyProduct(ajaxSofa, { currency: 'euro' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBeInstanceOf(ProductError)
    expect(result.error.field).toBe('price.currency')
  })

  it('picks another model with modelIndex and says when it is out of range', () => {
    const json = clone(ajaxSofa)
    const second = {
      ...json.media[1],
      id: 31000000000003,
      sources: [{ format: 'glb', mime_type: 'model/gltf-binary', url: 'https://cdn.example/alba-low.glb' }],
    }
    json.media.push(second)
    const p = assertShopifyProduct(json, { currency: 'EUR', modelIndex: 1 })
    expect(p.model?.src).toBe('https://cdn.example/alba-low.glb')
    expect(p.model?.usdz).toBeUndefined()
    expect(() => assertShopifyProduct(json, { currency: 'EUR', modelIndex: 2 })).toThrow(/modelIndex 2 is out of range/)
  })
})
