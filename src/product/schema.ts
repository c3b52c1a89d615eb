import * as v from 'valibot'

const nonEmpty = (what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.trim(), v.minLength(1, `${what} must not be empty`))
const positive = (what: string) =>
  v.pipe(v.number(`${what} must be a number`), v.gtValue(0, `${what} must be greater than 0`))
const vec3 = (what: string) => v.tuple([v.number(), v.number(), v.number()], `${what} must be [x, y, z] in metres`)
const hexColor = v.pipe(
  v.string('color must be a string'),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'color must be a hex colour like "#b0304a"'),
)

/** The kinds of product: they decide which experiences are offered (room placement, try-on). */
export const PRODUCT_KINDS = ['furniture', 'decor', 'lipstick', 'object'] as const
/** Where a product goes in a room. */
export const PLACEMENTS = ['floor', 'wall', 'table'] as const
/** Lipstick finishes, each rendered differently in try-on. */
export const FINISHES = ['matte', 'satin', 'gloss', 'sheer', 'metallic', 'shimmer'] as const
/** Units a manifest's dimensions may use. */
export const LENGTH_UNITS = ['m', 'cm', 'mm', 'in'] as const

export const ModelSchema = v.object({
  src: nonEmpty('model.src'),
  usdz: v.optional(nonEmpty('model.usdz')),
  poster: v.optional(nonEmpty('model.poster')),
  alt: nonEmpty('model.alt'),
})

export const DimensionsSchema = v.object({
  width: positive('width'),
  height: positive('height'),
  depth: positive('depth'),
  unit: v.picklist(LENGTH_UNITS, `unit must be one of ${LENGTH_UNITS.join(', ')}`),
})

export const VariantSchema = v.object({
  id: nonEmpty('id'),
  name: nonEmpty('name'),
  gltfVariant: v.optional(nonEmpty('gltfVariant')),
  swatch: v.optional(v.string()),
})

export const ShadeSchema = v.object({
  id: nonEmpty('id'),
  name: nonEmpty('name'),
  color: hexColor,
  finish: v.picklist(FINISHES, `finish must be one of ${FINISHES.join(', ')}`),
  opacity: v.optional(v.pipe(v.number(), v.minValue(0, 'opacity must be 0..1'), v.maxValue(1, 'opacity must be 0..1'))),
})

export const HotspotSchema = v.object({
  id: nonEmpty('id'),
  position: vec3('position'),
  normal: v.optional(vec3('normal')),
  title: nonEmpty('title'),
  text: v.optional(v.string()),
})

export const ProductSchema = v.pipe(
  v.object({
    id: nonEmpty('id'),
    name: nonEmpty('name'),
    price: v.object({
      amount: v.pipe(v.number('amount must be a number'), v.minValue(0, 'amount must not be negative')),
      currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code like "EUR"')),
    }),
    kind: v.picklist(PRODUCT_KINDS, `kind must be one of ${PRODUCT_KINDS.join(', ')}`),
    model: v.optional(ModelSchema),
    dimensions: v.optional(DimensionsSchema),
    placement: v.optional(v.picklist(PLACEMENTS, `placement must be one of ${PLACEMENTS.join(', ')}`), 'floor'),
    variants: v.optional(v.array(VariantSchema), []),
    shades: v.optional(v.array(ShadeSchema), []),
    hotspots: v.optional(v.array(HotspotSchema), []),
  }),
  v.forward(
    v.check((p) => p.kind === 'lipstick' || p.model !== undefined, 'model is required unless kind is "lipstick"'),
    ['model'],
  ),
  v.forward(
    v.check((p) => p.kind !== 'lipstick' || p.shades.length > 0, 'a lipstick needs at least one shade'),
    ['shades'],
  ),
)

/** A product as a store keeps it in its catalogue: plain JSON, validated by {@link parseProduct}. */
export type Product = v.InferOutput<typeof ProductSchema>
/** What a store writes: optional fields may be left out. */
export type ProductInput = v.InferInput<typeof ProductSchema>
/**
 * What every component's `product` prop takes: a parsed {@link Product}, or raw catalogue JSON
 * in the manifest's shape, validated when it arrives (a bad one shows its error, never throws).
 */
export type ProductSource = Product | ProductInput
/** One of {@link PRODUCT_KINDS}. */
export type ProductKind = (typeof PRODUCT_KINDS)[number]
/** One of {@link PLACEMENTS}: floor, wall or table. */
export type Placement = (typeof PLACEMENTS)[number]
/** One of {@link FINISHES}. */
export type Finish = (typeof FINISHES)[number]
/** A colour or material option, mapped to the model's KHR_materials_variants by `gltfVariant`. */
export type Variant = v.InferOutput<typeof VariantSchema>
/** A lipstick shade: colour, finish and opacity. */
export type Shade = v.InferOutput<typeof ShadeSchema>
/** A labelled point on the model, with a short text the shopper can open. */
export type Hotspot = v.InferOutput<typeof HotspotSchema>
/** The real size of the product, used to check and show true scale. */
export type Dimensions = v.InferOutput<typeof DimensionsSchema>
