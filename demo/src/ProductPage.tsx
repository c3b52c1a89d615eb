import { useState } from 'react'
import { ProductPreview, type AddToCartRequest, type Product } from 'vitrine'
import { formatPrice } from './format'
import { coview } from './store'

/** A product page as a store builds it: its own title, price and copy, and one <ProductPreview>. */
export function ProductPage({ product, initialVariant }: { product: Product; initialVariant?: string }) {
  const [cart, setCart] = useState<AddToCartRequest[]>([])
  const sizes = product.dimensions
    ? `${product.dimensions.width} × ${product.dimensions.height} × ${product.dimensions.depth} ${product.dimensions.unit}`
    : null
  return (
    <article className="shop-product">
      <div className="shop-product-media">
        <ProductPreview
          product={product}
          defaultVariant={initialVariant}
          coview={coview}
          onAddToCart={(request) => setCart((c) => [...c, request])}
        />
      </div>
      <div className="shop-product-info">
        <a href="/" className="shop-back">
          ← All products
        </a>
        <h1>{product.name}</h1>
        <p className="shop-price">{formatPrice(product.price.amount, product.price.currency)}</p>
        {sizes && <p className="shop-muted">W × H × D: {sizes}</p>}
        <ul className="shop-points">
          {product.hotspots.map((h) => (
            <li key={h.id}>
              <strong>{h.title}.</strong> {h.text}
            </li>
          ))}
          {product.kind === 'lipstick' && (
            <li>Try every shade on your own lips: the camera image stays on your phone.</li>
          )}
        </ul>
        {cart.length > 0 && (
          <p className="shop-cart" role="status">
            Added to cart ({cart.length}). Free delivery in 5–7 days.
          </p>
        )}
      </div>
    </article>
  )
}
