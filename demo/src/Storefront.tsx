import type { ReactNode } from 'react'
import type { Product } from 'vitrine'
import { formatPrice } from './format'
import { products } from './catalog'

/** The listing page: posters only (no WebGL at all), so twelve cards cost twelve small images. */
export function Storefront() {
  const furniture = products.filter((p) => p.kind !== 'lipstick')
  const beauty = products.filter((p) => p.kind === 'lipstick')
  return (
    <>
      <section className="shop-hero">
        <h1>See it in your room before it's in your room.</h1>
        <p>Turn every piece in 3D, place it on your floor at true size, try every lipstick shade on your own lips.</p>
      </section>
      <h2 className="shop-section">Living room</h2>
      <ul className="shop-grid">
        {furniture.map((p) => (
          <ProductCard key={p.id} product={p} badge="3D · AR" detail={`${p.variants.length} colours`}>
            {p.model?.poster ? <img src={p.model.poster} alt={p.model.alt} loading="lazy" /> : null}
          </ProductCard>
        ))}
      </ul>
      <h2 className="shop-section" id="beauty">
        Beauty
      </h2>
      <ul className="shop-grid">
        {beauty.map((p) => (
          <ProductCard
            key={p.id}
            product={p}
            badge="Try on"
            detail={`${p.shades.length} shades`}
            mediaClassName="shop-card-shades"
          >
            {p.shades.map((s) => (
              <i key={s.id} style={{ background: s.color }} title={s.name} />
            ))}
          </ProductCard>
        ))}
      </ul>
    </>
  )
}

interface ProductCardProps {
  product: Product
  /** The label over the picture: what the shopper can do with it. */
  badge: string
  /** After the price: how many colours or shades. */
  detail: string
  mediaClassName?: string
  /** The picture: a poster, or the shade swatches. */
  children: ReactNode
}

/** One listing card, linking to the product page. */
function ProductCard({ product, badge, detail, mediaClassName, children }: ProductCardProps) {
  return (
    <li className="shop-card">
      <a href={`/?product=${product.id}`}>
        <div className={mediaClassName ? `shop-card-media ${mediaClassName}` : 'shop-card-media'}>
          {children}
          <span className="shop-badge">{badge}</span>
        </div>
        <h3>{product.name}</h3>
        <p>
          {formatPrice(product.price.amount, product.price.currency)} · {detail}
        </p>
      </a>
    </li>
  )
}
