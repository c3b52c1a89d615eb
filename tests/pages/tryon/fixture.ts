import type { ProductInput, Shade } from '../../../src/product'
import catalogue from '../../../assets/shades.json'

// The shared shade catalogue, plus one shade no lips have (a saturated blue,
// full opacity) so the tests can tell painted pixels from bare ones at a glance.
export const lipstick: ProductInput = {
  id: 'lip-velvet',
  name: 'Velvet Lip Colour',
  price: { amount: 24, currency: 'EUR' },
  kind: 'lipstick',
  shades: [
    ...(catalogue as Shade[]),
    { id: 'blue-test', name: 'Electric Blue', color: '#1a3ad0', finish: 'matte', opacity: 1 },
  ],
}
