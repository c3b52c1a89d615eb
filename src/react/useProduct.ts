import { useMemo } from 'react'
import { parseProduct, type Product, type ProductError, type ProductSource } from '../product'

/** Accepts a parsed product or raw catalogue JSON; a bad manifest becomes an error to show, never a throw. */
export function useProduct(input: ProductSource): { product?: Product; error?: ProductError } {
  return useMemo(() => {
    const result = parseProduct(input)
    return result.ok ? { product: result.product } : { error: result.error }
  }, [input])
}
