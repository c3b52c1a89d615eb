import type { Meta, StoryObj } from '@storybook/react-vite'
import { ProductPreview } from '../src/preview/ProductPreview'
import { VitrineProvider } from '../src/react/VitrineProvider'
import type { ChatLike } from '../src/chat/types'
import type { ProductSource } from '../src/product'
import { armchair, lipstick, sofa } from './support/sampleProducts'

// A chat that only logs, so "Ask about this" shows without a real widget.
const storyChat: ChatLike = {
  setContext: () => {},
  ask: () => {
    console.info('[story] ask')
  },
}

const meta = {
  title: 'Preview/ProductPreview',
  component: ProductPreview,
  decorators: [
    (Story) => (
      <VitrineProvider chat={storyChat}>
        <div style={{ width: 420, maxWidth: '100vw', padding: 12 }}>
          <Story />
        </div>
      </VitrineProvider>
    ),
  ],
  args: { product: sofa, onAddToCart: () => {}, viewer: { loading: 'eager' } },
} satisfies Meta<typeof ProductPreview>
export default meta
type Story = StoryObj<typeof meta>

/** The drop-in on a phone-width product page: viewer, colours, AR, chat, cart. */
export const Furniture: Story = {}

/** A lipstick: shades instead of a model, and "Try it on". */
export const Lipstick: Story = { args: { product: lipstick } }

/** Dark mode through `theme="dark"`. */
export const DarkMode: Story = {
  args: { product: armchair, theme: 'dark' },
  decorators: [
    (Story) => (
      <div style={{ background: '#151618', padding: 12 }}>
        <Story />
      </div>
    ),
  ],
}

/** A store's own brand through CSS custom properties: accent, radius, font. */
export const CustomTheme: Story = {
  args: { product: armchair },
  decorators: [
    (Story) => (
      <div
        style={
          {
            '--vitrine-accent': '#7a2341',
            '--vitrine-radius': '4px',
            '--vitrine-font': 'Georgia, serif',
            '--vitrine-bg': '#f3ece4',
          } as React.CSSProperties
        }
      >
        <Story />
      </div>
    ),
  ],
}

/** Right-to-left text (Arabic strings), mirrored layout. */
export const RightToLeft: Story = {
  args: {
    product: armchair,
    strings: { variantLabel: 'اللون', askAboutThis: 'اسأل عن هذا', addToCart: (price) => `أضف إلى السلة · ${price}` },
  },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
}

/** A manifest with a wrong field: the message names it. */
export const BadManifest: Story = {
  args: { product: { id: 'x', name: 'Broken', kind: 'sofa' } as unknown as ProductSource },
}
