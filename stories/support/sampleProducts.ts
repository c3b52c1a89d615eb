import type { ProductInput } from '../../src/product'

// Sample products for stories. Our own models are served at /assets/ (the repo's
// assets folder); the Khronos test models at /shared/ (../shared/assets, never copied).
export const armchair: ProductInput = {
  id: 'armchair',
  name: 'Oslo velvet armchair',
  price: { amount: 549, currency: 'EUR' },
  kind: 'furniture',
  model: {
    src: '/assets/models/armchair.glb',
    poster: '/assets/posters/armchair.webp',
    alt: 'Oslo velvet armchair in mustard velvet with oak legs',
  },
  dimensions: { width: 80, height: 85, depth: 80, unit: 'cm' },
  variants: [
    { id: 'mustard', name: 'Mustard', gltfVariant: 'Mustard', swatch: '#c99a2e' },
    { id: 'forest', name: 'Forest', gltfVariant: 'Forest', swatch: '#2f4a3a' },
    { id: 'blush', name: 'Blush', gltfVariant: 'Blush', swatch: '#d9a3a0' },
  ],
}

export const sofa: ProductInput = {
  id: 'sofa',
  name: 'Alba 3-seat sofa',
  price: { amount: 1290, currency: 'EUR' },
  kind: 'furniture',
  model: {
    src: '/assets/models/sofa.glb',
    poster: '/assets/posters/sofa.webp',
    alt: 'Alba three-seat sofa in sage fabric',
  },
  variants: [
    { id: 'sage', name: 'Sage', gltfVariant: 'Sage', swatch: '#9aaa8c' },
    { id: 'navy', name: 'Navy', gltfVariant: 'Navy', swatch: '#27344f' },
    { id: 'terracotta', name: 'Terracotta', gltfVariant: 'Terracotta', swatch: '#b5613f' },
    { id: 'oat', name: 'Oat', gltfVariant: 'Oat', swatch: '#d8cbb2' },
  ],
}

export const lipstick: ProductInput = {
  id: 'lipstick-satin',
  name: 'Satin Glow lipstick',
  price: { amount: 26, currency: 'EUR' },
  kind: 'lipstick',
  shades: [
    { id: 'rose-04', name: 'Rose 04', color: '#b8566b', finish: 'satin', opacity: 0.75 },
    { id: 'coral-07', name: 'Coral 07', color: '#e0604a', finish: 'satin', opacity: 0.7 },
    { id: 'berry-15', name: 'Berry 15', color: '#7a2341', finish: 'satin', opacity: 0.8 },
  ],
}

/** The Khronos sample models in ../shared/assets, with their real sizes. */
export const sharedModels = [
  {
    id: 'glam-velvet-sofa',
    name: 'Glam Velvet Sofa',
    path: 'GlamVelvetSofa/GlamVelvetSofa.glb',
    variants: ['Champagne', 'Navy', 'Gray', 'Black', 'Pale Pink'],
  },
  {
    id: 'glam-velvet-sofa-draco',
    name: 'Glam Velvet Sofa (Draco)',
    path: 'GlamVelvetSofa/derived/GlamVelvetSofa.draco.glb',
    variants: [],
  },
  {
    id: 'glam-velvet-sofa-meshopt',
    name: 'Glam Velvet Sofa (meshopt)',
    path: 'GlamVelvetSofa/derived/GlamVelvetSofa.meshopt.glb',
    variants: [],
  },
  {
    id: 'sheen-chair',
    name: 'Sheen Chair',
    path: 'SheenChair/glTF/SheenChair.gltf',
    variants: ['Mango Velvet', 'Peacock Velvet'],
  },
  { id: 'iridescence-lamp', name: 'Iridescence Lamp', path: 'IridescenceLamp/glTF/IridescenceLamp.gltf', variants: [] },
  {
    id: 'anisotropy-barn-lamp',
    name: 'Anisotropy Barn Lamp (KTX2)',
    path: 'AnisotropyBarnLamp/glTF-KTX2-Basisu/AnisotropyBarnLamp.gltf',
    variants: [],
  },
  {
    id: 'materials-variants-shoe',
    name: 'Materials Variants Shoe',
    path: 'MaterialsVariantsShoe/glTF/MaterialsVariantsShoe.gltf',
    variants: ['midnight', 'beach', 'street'],
  },
  { id: 'glass-vase-flowers', name: 'Glass Vase Flowers', path: 'GlassVaseFlowers/GlassVaseFlowers.glb', variants: [] },
  { id: 'avocado', name: 'Avocado', path: 'Avocado/glTF/Avocado.gltf', variants: [] },
] as const

export function sharedProduct(model: (typeof sharedModels)[number]): ProductInput {
  return {
    id: model.id,
    name: model.name,
    price: { amount: 100, currency: 'EUR' },
    kind: 'object',
    model: { src: `/shared/models/${model.path}`, alt: `${model.name}, a Khronos glTF sample model` },
    variants: model.variants.map((v) => ({ id: v.toLowerCase().replace(/\W+/g, '-'), name: v, gltfVariant: v })),
  }
}
