// A listing page with N product cards, each a <ProductViewer>: by default they
// share the page's one WebGL context; ?context=own tests the context budget.
import { createRoot } from 'react-dom/client'
import { ProductViewer, type TrackInput } from 'vitrine'

const params = new URLSearchParams(location.search)
const count = Number(params.get('count') ?? 12)
const models = ['sofa', 'armchair', 'coffee-table', 'wall-mirror', 'floor-lamp']
const events: TrackInput[] = []
;(window as unknown as { __events: TrackInput[] }).__events = events

createRoot(document.getElementById('root')!).render(
  <ul>
    {Array.from({ length: count }, (_, i) => {
      const model = models[i % models.length]
      return (
        <li key={i} data-card={i}>
          <ProductViewer
            loading={(params.get('loading') as 'eager' | 'lazy') ?? 'eager'}
            context={(params.get('context') as 'auto' | 'own' | 'shared') ?? undefined}
            product={{
              id: `${model}-${i}`,
              name: model,
              price: { amount: 1, currency: 'EUR' },
              kind: 'furniture',
              model: {
                src: `/assets/models/${model}.glb`,
                poster: `/assets/posters/${model}.webp`,
                alt: `${model} ${i}`,
              },
            }}
            onEvent={(e) => events.push(e)}
          />
        </li>
      )
    })}
  </ul>,
)
