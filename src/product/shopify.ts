// fromShopifyProduct(): a Shopify product, as a theme or app already has it,
// to a Vitrine manifest. Accepts the three shapes stores hold:
// - Liquid `{{ product | json }}` and the Ajax API (`/products/<handle>.js`):
//   snake_case, `media_type: "model"`, prices in cents, no currency;
// - Storefront GraphQL: camelCase, `mediaContentType: "MODEL_3D"`, `previewImage`,
//   `price { amount, currencyCode }`, connections as `nodes` or `edges`;
// - Admin GraphQL / REST webhooks: `media_content_type`, `preview { image }`, prices as strings.
// Whatever the shape, the result goes through parseProduct, so what comes out is a valid Product.
import { parseProduct, ProductError } from './parseProduct'
import type { Dimensions, Placement, Product, ProductInput, ProductKind } from './schema'

/** What Shopify's data does not say, and the store knows. */
export interface ShopifyMappingOptions {
  /**
   * ISO 4217 code for the price. Needed for Liquid/Ajax JSON, which carries none
   * (pass `{{ cart.currency.iso_code }}` or `Shopify.currency.active`). GraphQL prices carry their own.
   */
  currency?: string
  /** Vitrine's product kind (default `object`; `furniture` and `decor` get room placement wording). */
  kind?: ProductKind
  /** Where it goes in AR (default `floor`). */
  placement?: Placement
  /** The real size (Shopify media has none; a metafield usually does). */
  dimensions?: Dimensions
  /**
   * The option whose value names the model's KHR_materials_variants variant (e.g. `Color`).
   * Default: the first option called Color, Colour, Fabric, Material or Finish; `null` for none.
   */
  variantOption?: string | null
  /** A swatch per value of that option: a CSS colour or an image URL. */
  swatches?: Record<string, string>
  /** Which `model_3d` media to use when there are several (default 0, the first). */
  modelIndex?: number
  /** Manifest id (default: the handle, else the numeric product id). */
  id?: string
}

/** Shopify data that cannot become a manifest. `field` names where, e.g. `media`, `media.0.sources`, `price.currency`. */
export class ShopifyProductError extends Error {
  override readonly name = 'ShopifyProductError'
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {
    super(`Cannot map the Shopify product: "${field}": ${expected}`)
  }
}

/** What `fromShopifyProduct` returns: a Vitrine product, or an error that names the Shopify field it could not map. */
export type FromShopifyResult =
  { ok: true; product: Product } | { ok: false; error: ShopifyProductError | ProductError }

type Json = Record<string, unknown>
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined)

/** `[...]`, `{ nodes: [...] }` or `{ edges: [{ node }] }` to an array. */
function list(x: unknown): unknown[] {
  if (Array.isArray(x)) return x
  if (isObject(x) && Array.isArray(x.nodes)) return x.nodes
  if (isObject(x) && Array.isArray(x.edges)) return x.edges.map((e) => (isObject(e) ? e.node : undefined))
  return []
}

const MODEL_TYPES = /^(model|model_3d|model3d)$/i
const isModel = (m: Json) =>
  [m.media_type, m.media_content_type, m.mediaContentType, m.__typename].some(
    (t) => typeof t === 'string' && MODEL_TYPES.test(t),
  )
const COLOUR_OPTIONS = /^(colou?r|fabric|material|finish)$/i

/**
 * Maps a Shopify product (Liquid `product | json`, Ajax `/products/<handle>.js`,
 * Storefront or Admin GraphQL) to a Vitrine product. Uses the first `model_3d`
 * media: its GLB source as `model.src`, USDZ as `model.usdz`, preview image as
 * the poster; one variant per Shopify variant (id = the Shopify variant id, for
 * the cart). Never throws: an error names the Shopify field that could not be
 * mapped (no model media, no GLB source, no price or currency), or the manifest
 * field that then failed validation.
 */
export function fromShopifyProduct(json: unknown, options: ShopifyMappingOptions = {}): FromShopifyResult {
  try {
    const input = toManifest(json, options)
    return parseProduct(input)
  } catch (err) {
    if (err instanceof ShopifyProductError) return { ok: false, error: err }
    throw err
  }
}

/** Like {@link fromShopifyProduct} but throws the error: for build scripts and catalogue exports. */
export function assertShopifyProduct(json: unknown, options?: ShopifyMappingOptions): Product {
  const result = fromShopifyProduct(json, options)
  if (!result.ok) throw result.error
  return result.product
}

function toManifest(json: unknown, options: ShopifyMappingOptions): ProductInput {
  // A Storefront query result is often passed as `{ product: {...} }` or `{ data: { product } }`.
  const root = isObject(json) && isObject(json.data) ? json.data : json
  const product = isObject(root) && isObject(root.product) && !('title' in root) ? root.product : root
  if (!isObject(product)) throw new ShopifyProductError('', 'expected a product object')
  const name = str(product.title)
  if (!name) throw new ShopifyProductError('title', 'is required')

  const media = list(product.media).filter(isObject)
  if (media.length === 0)
    throw new ShopifyProductError('media', 'has no media at all (was the product JSON fetched with media?)')
  const models = media.filter(isModel)
  if (models.length === 0) {
    const types = [
      ...new Set(media.map((m) => String(m.media_type ?? m.media_content_type ?? m.mediaContentType ?? '?'))),
    ]
    throw new ShopifyProductError('media', `has no model_3d media (found: ${types.join(', ')})`)
  }
  const index = options.modelIndex ?? 0
  const model = models[index]
  if (!model)
    throw new ShopifyProductError('media', `has ${models.length} model_3d media; modelIndex ${index} is out of range`)
  const mediaField = `media.${media.indexOf(model)}`
  const sources = list(model.sources).filter(isObject)
  const source = (format: string) => sources.find((s) => sourceFormat(s) === format)
  const glb = str(source('glb')?.url)
  if (!glb) {
    const found = sources.map(sourceFormat).join(', ') || 'none'
    throw new ShopifyProductError(`${mediaField}.sources`, `has no GLB source with a url (found: ${found})`)
  }

  const variants = list(product.variants).filter(isObject)
  const optionNames = readOptionNames(product.options)
  const modelOption =
    options.variantOption === null
      ? undefined
      : (options.variantOption ?? optionNames.find((n) => COLOUR_OPTIONS.test(n)))
  const price = readPrice(product, variants[0], options.currency)
  const id = options.id ?? str(product.handle) ?? numericId(product.id)
  if (!id) throw new ShopifyProductError('handle', 'is required (or pass options.id)')

  return {
    id,
    name,
    price,
    kind: options.kind ?? 'object',
    placement: options.placement,
    dimensions: options.dimensions,
    model: {
      src: glb,
      usdz: str(source('usdz')?.url),
      poster: previewUrl(model),
      alt: str(model.alt) ?? name,
    },
    variants: readVariants(variants, optionNames, modelOption, options.swatches),
  }
}

function sourceFormat(source: Json): string {
  const format = str(source.format)?.toLowerCase()
  if (format) return format
  const mime = String(source.mime_type ?? source.mimeType ?? '')
  return /gltf-binary/.test(mime) ? 'glb' : /usdz/.test(mime) ? 'usdz' : ''
}

/** Liquid/Ajax `preview_image.src`, Storefront `previewImage.url`, Admin `preview.image.url`. */
function previewUrl(media: Json): string | undefined {
  for (const image of [
    media.preview_image,
    media.previewImage,
    isObject(media.preview) ? media.preview.image : undefined,
  ]) {
    if (!isObject(image)) continue
    const url = str(image.url) ?? str(image.src) ?? str(image.originalSrc)
    if (url) return url.startsWith('//') ? `https:${url}` : url
  }
  return undefined
}

function readOptionNames(options: unknown): string[] {
  return list(options)
    .map((o) => (typeof o === 'string' ? o : isObject(o) ? str(o.name) : undefined))
    .filter((n): n is string => !!n)
}

/** Numeric id from `123` or `"gid://shopify/Product/123"`. */
function numericId(id: unknown): string | undefined {
  if (typeof id === 'number') return String(id)
  const s = str(id)
  return s ? s.replace(/^gid:\/\/shopify\/\w+\//, '') : undefined
}

function readPrice(product: Json, firstVariant: Json | undefined, currency: string | undefined): Product['price'] {
  // GraphQL: { amount: "12.90", currencyCode }. Storefront puts it on priceRange and on each variant.
  const range = isObject(product.priceRange)
    ? product.priceRange.minVariantPrice
    : isObject(product.priceRangeV2)
      ? product.priceRangeV2.minVariantPrice
      : undefined
  const money = [firstVariant?.price, range].find((m): m is Json => isObject(m) && m.amount !== undefined)
  if (money) {
    const amount = Number(money.amount)
    const code = currency ?? str(money.currencyCode)
    if (!Number.isFinite(amount))
      throw new ShopifyProductError('price.amount', `is not a number (${String(money.amount)})`)
    if (!code) throw new ShopifyProductError('price.currency', 'is missing: pass options.currency')
    return { amount, currency: code }
  }
  // Liquid/Ajax: integer cents on the variant and the product. Admin REST: a decimal string.
  const raw = firstVariant?.price ?? product.price
  if (raw === undefined || raw === null)
    throw new ShopifyProductError('price', 'is missing on the product and its first variant')
  if (!currency)
    throw new ShopifyProductError(
      'price.currency',
      'Liquid and Ajax product JSON carry no currency: pass options.currency',
    )
  const amount = typeof raw === 'number' ? raw / 100 : Number(raw)
  if (!Number.isFinite(amount)) throw new ShopifyProductError('price', `is not a number (${String(raw)})`)
  return { amount, currency }
}

function readVariants(
  variants: Json[],
  optionNames: string[],
  modelOption: string | undefined,
  swatches?: Record<string, string>,
) {
  // A product without options has one variant called "Default Title": nothing to choose.
  if (variants.length <= 1) return []
  return variants.map((variant, i) => {
    const value = modelOption ? optionValue(variant, optionNames, modelOption) : undefined
    const id = numericId(variant.id)
    const name = str(variant.title) ?? str(variant.displayName) ?? value
    if (!id) throw new ShopifyProductError(`variants.${i}.id`, 'is required')
    if (!name) throw new ShopifyProductError(`variants.${i}.title`, 'is required')
    return { id, name, gltfVariant: value, swatch: value ? swatches?.[value] : undefined }
  })
}

/** The value of one option on a variant: `selectedOptions` (GraphQL) or `option1..3` / `options[]` (Liquid/Ajax). */
function optionValue(variant: Json, optionNames: string[], option: string): string | undefined {
  const selected = list(variant.selectedOptions)
    .filter(isObject)
    .find((o) => o.name === option)
  if (selected) return str(selected.value)
  const at = optionNames.indexOf(option)
  if (at < 0) return undefined
  const values = Array.isArray(variant.options) ? variant.options : [variant.option1, variant.option2, variant.option3]
  return str(values[at])
}
