// Where <vitrine-product> gets its product: the `product` property (an object)
// or `product-src` (a manifest URL, or a Shopify product JSON with
// product-format="shopify"). Paths in a fetched manifest are relative to the
// manifest, as they would be in any document.
import { parseProduct, type Product } from '../product'
import type { ProductFormat } from './attributes'
import type { VitrineElementErrorDetail } from './errors'

export type LoadResult = { ok: true; product: Product } | { ok: false; error: VitrineElementErrorDetail }

export interface LoadRequest {
  /** The `product` property, when set (wins over `product-src`). */
  object?: unknown
  src?: string | null
  format: ProductFormat
  /** For Shopify JSON, which carries no currency. */
  currency?: string | null
  signal?: AbortSignal
}

/** Never throws: every failure is an error detail naming the attribute. */
export async function loadProduct(request: LoadRequest): Promise<LoadResult> {
  if (request.object !== undefined) return validate(request.object, request, 'product', undefined)
  const src = request.src?.trim()
  if (!src) {
    return {
      ok: false,
      error: {
        code: 'missing-product',
        attribute: 'product-src',
        message: 'give product-src (a manifest URL) or set the product property',
      },
    }
  }
  let url: URL
  try {
    url = new URL(src, document.baseURI)
  } catch {
    return { ok: false, error: { code: 'fetch-failed', attribute: 'product-src', message: 'is not a URL' } }
  }
  let response: Response
  try {
    response = await fetch(url, {
      signal: request.signal,
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
  } catch (err) {
    if (request.signal?.aborted) throw err
    return {
      ok: false,
      error: {
        code: 'fetch-failed',
        attribute: 'product-src',
        message: `the request failed (${String((err as Error)?.message ?? err)})`,
      },
    }
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        code: 'fetch-failed',
        attribute: 'product-src',
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
      },
    }
  }
  let json: unknown
  try {
    json = await response.json()
  } catch {
    return { ok: false, error: { code: 'bad-json', attribute: 'product-src', message: 'the response is not JSON' } }
  }
  return validate(json, request, 'product-src', new URL(response.url || url.href))
}

async function validate(
  json: unknown,
  request: LoadRequest,
  attribute: string,
  base: URL | undefined,
): Promise<LoadResult> {
  let result
  if (request.format === 'shopify') {
    // Only Shopify stores download the mapping.
    const { fromShopifyProduct } = await import('../product/shopify')
    result = fromShopifyProduct(json, { currency: request.currency ?? undefined, kind: 'furniture' })
  } else {
    result = parseProduct(json)
  }
  if (!result.ok) {
    const field = 'field' in result.error ? result.error.field : undefined
    return { ok: false, error: { code: 'bad-product', attribute, field, message: result.error.message } }
  }
  return { ok: true, product: base ? resolveUrls(result.product, base) : result.product }
}

const isPath = (s: string) => /[/.]/.test(s)

function resolveUrls(product: Product, base: URL): Product {
  const abs = (u: string | undefined) => (u === undefined ? u : new URL(u, base).href)
  return {
    ...product,
    model: product.model && {
      ...product.model,
      src: abs(product.model.src)!,
      usdz: abs(product.model.usdz),
      poster: abs(product.model.poster),
    },
    // A swatch is a colour or an image path; only paths are resolved.
    variants: product.variants.map((v) => (v.swatch && isPath(v.swatch) ? { ...v, swatch: abs(v.swatch) } : v)),
  }
}
