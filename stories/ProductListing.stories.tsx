import type { Meta, StoryObj } from '@storybook/react-vite'
import { ProductViewer } from '../src/viewer'
import { armchair, sofa } from './support/sampleProducts'

// A listing page with 12 product cards. Every card shows its poster at once;
// a card turns 3D only when the shopper asks, so the page holds at most the
// WebGL contexts of the cards actually opened.
function Listing() {
  const cards = Array.from({ length: 12 }, (_, i) =>
    i % 2 === 0 ? { ...sofa, id: `sofa-${i}` } : { ...armchair, id: `armchair-${i}` },
  )
  return (
    <ul
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 12,
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
        gap: 12,
        width: 'min(100vw, 980px)',
      }}
    >
      {cards.map((product) => (
        <li key={product.id}>
          <ProductViewer product={product} loading="interaction" />
        </li>
      ))}
    </ul>
  )
}

const meta = {
  title: 'Preview/Listing (12 cards)',
  component: Listing,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Listing>
export default meta
export const TwelveCards: StoryObj<typeof meta> = {}
