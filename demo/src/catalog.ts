import raw from '../../assets/products.json'
import { assertProduct, type Product } from 'vitrine'

// The store's catalogue: our own generated products. Paths in the manifest are
// relative to the repo root; the demo server serves that folder at /assets/.
const rooted = (p?: string) => (p && !p.startsWith('/') ? `/${p}` : p)

export const products: Product[] = (raw as unknown[]).map((json) => {
  const product = assertProduct(json)
  return product.model
    ? {
        ...product,
        model: {
          ...product.model,
          src: rooted(product.model.src)!,
          poster: rooted(product.model.poster),
          usdz: rooted(product.model.usdz),
        },
      }
    : product
})

export function findProduct(id: string | null): Product | undefined {
  return products.find((p) => p.id === id)
}
