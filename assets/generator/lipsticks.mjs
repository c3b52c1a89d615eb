// The lipstick shade catalogue and the lipstick products drawn from it.
// Opacity is how much of the lip shows through: sheer finishes are low, matte high.

/** [id, name, sRGB colour, finish, opacity] */
const SHADES = [
  ['nude-01', 'Nude 01', '#b5806c', 'matte', 0.85],
  ['petal-02', 'Petal 02', '#d58c93', 'sheer', 0.4],
  ['peach-03', 'Peach 03', '#e39277', 'gloss', 0.65],
  ['rose-04', 'Rose 04', '#c0687a', 'satin', 0.8],
  ['champagne-05', 'Champagne 05', '#cf9f86', 'shimmer', 0.7],
  ['coral-07', 'Coral 07', '#e0604f', 'satin', 0.8],
  ['cherry-10', 'Cherry 10', '#b0203a', 'gloss', 0.75],
  ['ruby-12', 'Ruby 12', '#9b1b30', 'matte', 0.9],
  ['berry-15', 'Berry 15', '#7e2a4c', 'satin', 0.85],
  ['plum-16', 'Plum 16', '#6e2d4f', 'metallic', 0.85],
  ['mocha-18', 'Mocha 18', '#8c5a4a', 'sheer', 0.45],
  ['rosewood-19', 'Rosewood 19', '#9a4e55', 'shimmer', 0.75],
  ['brick-21', 'Brick 21', '#8a3a2b', 'matte', 0.9],
  ['bronze-24', 'Bronze 24', '#8e5a3c', 'metallic', 0.8],
]

export const shades = SHADES.map(([id, name, color, finish, opacity]) => ({ id, name, color, finish, opacity }))

const pick = (...ids) =>
  ids.map((id) => {
    const shade = shades.find((s) => s.id === id)
    if (!shade) throw new Error(`unknown shade ${id}`)
    return shade
  })

export const lipsticks = [
  {
    id: 'lipstick-velvet-matte',
    name: 'Velvet Matte lipstick',
    price: { amount: 24, currency: 'EUR' },
    kind: 'lipstick',
    shades: pick('nude-01', 'ruby-12', 'brick-21'),
  },
  {
    id: 'lipstick-satin',
    name: 'Satin Glow lipstick',
    price: { amount: 26, currency: 'EUR' },
    kind: 'lipstick',
    shades: pick('rose-04', 'coral-07', 'berry-15'),
  },
  {
    id: 'lipstick-gloss',
    name: 'Glass Shine gloss',
    price: { amount: 22, currency: 'EUR' },
    kind: 'lipstick',
    shades: pick('petal-02', 'peach-03', 'cherry-10', 'mocha-18'),
  },
  {
    id: 'lipstick-metallic',
    name: 'Starlight metallic lipstick',
    price: { amount: 28, currency: 'EUR' },
    kind: 'lipstick',
    shades: pick('champagne-05', 'rosewood-19', 'plum-16', 'bronze-24'),
  },
]
