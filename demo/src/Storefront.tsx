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
          <li key={p.id} className="shop-card">
            <a href={`/?product=${p.id}`}>
              <div className="shop-card-media">
                {p.model?.poster ? <img src={p.model.poster} alt={p.model.alt} loading="lazy" /> : null}
                <span className="shop-badge">3D · AR</span>
              </div>
              <h3>{p.name}</h3>
              <p>
                {formatPrice(p.price.amount, p.price.currency)} · {p.variants.length} colours
              </p>
            </a>
          </li>
        ))}
      </ul>
      <h2 className="shop-section" id="beauty">
        Beauty
      </h2>
      <ul className="shop-grid">
        {beauty.map((p) => (
          <li key={p.id} className="shop-card">
            <a href={`/?product=${p.id}`}>
              <div className="shop-card-media shop-card-shades">
                {p.shades.map((s) => (
                  <i key={s.id} style={{ background: s.color }} title={s.name} />
                ))}
                <span className="shop-badge">Try on</span>
              </div>
              <h3>{p.name}</h3>
              <p>
                {formatPrice(p.price.amount, p.price.currency)} · {p.shades.length} shades
              </p>
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}
