import { VitrineError } from '../errors/VitrineError'
import * as v from 'valibot'
import { ProductSchema, type Product } from './schema'

/** A manifest that failed validation. `field` is a dotted path such as `variants.1.name`. */
export class ProductError extends VitrineError<'bad-product'> {
  override readonly name = 'ProductError'
  constructor(
    /** Dotted path of the first bad field, or '' for the manifest itself. */
    readonly field: string,
    /** What was expected there, in words. */
    readonly expected: string,
    /** Every problem found, for tooling. */
    readonly issues: { field: string; message: string }[],
  ) {
    super(
      'product',
      'bad-product',
      field ? `Invalid product manifest: "${field}": ${expected}` : `Invalid product manifest: ${expected}`,
    )
  }
}

/** What `parseProduct` returns: the typed product, or an error that names the bad field. */
export type ParseProductResult = { ok: true; product: Product } | { ok: false; error: ProductError }

/**
 * Validates a product manifest (plain JSON from a catalogue).
 * Never throws: returns the typed product with defaults filled in, or a {@link ProductError}
 * naming the first bad field and what was expected.
 */
export function parseProduct(json: unknown): ParseProductResult {
  const result = v.safeParse(ProductSchema, json)
  if (result.success) return { ok: true, product: result.output }
  const issues = result.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '', message: describe(issue) }))
  const first = issues[0]
  return { ok: false, error: new ProductError(first.field, first.message, issues) }
}

function describe(issue: v.BaseIssue<unknown>): string {
  // valibot's default messages read "Invalid type: Expected string but received 3"; keep ours when we set one.
  if (issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined') return 'is required'
  if (issue.received === 'undefined' && issue.kind === 'schema') return `is required (${issue.message})`
  return issue.message
}

/** Like {@link parseProduct} but throws the {@link ProductError}: for stores that validate at build time. */
export function assertProduct(json: unknown): Product {
  const result = parseProduct(json)
  if (!result.ok) throw result.error
  return result.product
}
