import { describe, expect, it } from 'vitest'
import { assertProduct } from '../product'
import { armchair } from '../../stories/support/sampleProducts'
import { productContextUpdate } from './productContextUpdate'

describe('productContextUpdate', () => {
  const product = assertProduct(armchair)

  it('names the chosen variant by id and name, on the viewer surface', () => {
    expect(productContextUpdate(product, { variantId: 'forest' })).toEqual({
      productId: 'armchair',
      productName: 'Oslo velvet armchair',
      variantId: 'forest',
      variantName: 'Forest',
      shadeId: undefined,
      shadeName: undefined,
      surface: 'viewer',
    })
  })

  it('leaves out a variant or shade the product does not have', () => {
    const update = productContextUpdate(product, { variantId: 'gone', shadeId: 'rose-04' })
    expect(update.variantId).toBeUndefined()
    expect(update.variantName).toBeUndefined()
    expect(update.shadeId).toBeUndefined()
  })
})
