import type { ProductInput } from '../../../src/product'

// A lipstick with one shade per finish and a few neighbours, so suggestions have something to pick from.
// (Replace with assets/shades.json once the shared catalogue lands.)
export const lipstick: ProductInput = {
  id: 'lip-velvet',
  name: 'Velvet Lip Colour',
  price: { amount: 24, currency: 'EUR' },
  kind: 'lipstick',
  shades: [
    { id: 'rose-04', name: 'Rose 04', color: '#b0304a', finish: 'satin' },
    { id: 'ruby-matte', name: 'Ruby Matte', color: '#a0102a', finish: 'matte' },
    { id: 'cherry-gloss', name: 'Cherry Gloss', color: '#c0182e', finish: 'gloss' },
    { id: 'berry-sheer', name: 'Berry Sheer', color: '#8a1f4a', finish: 'sheer' },
    { id: 'bronze-metal', name: 'Bronze Metal', color: '#9a5a3a', finish: 'metallic' },
    { id: 'plum-shimmer', name: 'Plum Shimmer', color: '#6a2050', finish: 'shimmer' },
    { id: 'coral-06', name: 'Coral 06', color: '#e0603a', finish: 'satin' },
    { id: 'nude-02', name: 'Nude 02', color: '#b67a68', finish: 'satin' },
    { id: 'brick-08', name: 'Brick 08', color: '#9c3a28', finish: 'matte' },
    { id: 'pink-03', name: 'Pink 03', color: '#d86888', finish: 'gloss' },
    { id: 'wine-11', name: 'Wine 11', color: '#5e1424', finish: 'matte' },
    { id: 'blue-test', name: 'Electric Blue', color: '#1a3ad0', finish: 'matte', opacity: 1 },
  ],
}
