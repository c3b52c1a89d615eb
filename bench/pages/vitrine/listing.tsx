import { createRoot } from 'react-dom/client'
import { ProductViewer } from 'vitrine'
import { benchProducts } from './products'

// A category page: 12 cards cycling through the bench models, each viewer lazy.
const products = benchProducts(location.search)
const cards = Array.from({ length: 12 }, (_, i) => ({ ...products[i % products.length], id: `card-${i}` }))
createRoot(document.getElementById('root')!).render(
  <>
    {cards.map((p) => (
      <div className="card" key={p.id}>
        <ProductViewer product={p} loading="lazy" />
        <p>{p.name}</p>
      </div>
    ))}
  </>,
)
