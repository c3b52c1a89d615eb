import type { Meta, StoryObj } from '@storybook/react-vite'
import { ProductViewer } from '../src/viewer'
import type { ProductInput } from '../src/product'
import catalogue from '../assets/products.json'
import { RequiresShared } from './support/RequiresShared'
import { sharedModels, sharedProduct } from './support/sampleProducts'

// Our own products, with their real dimensions and hotspots, straight from the catalogue.
const products = catalogue as unknown as ProductInput[]
const ours = (id: string) => products.find((p) => p.id === id)!
const withoutHotspots = (p: ProductInput): ProductInput => ({ ...p, hotspots: [] })

const frame = (Story: () => React.ReactNode) => (
  <div style={{ width: 560, maxWidth: '100vw' }}>
    <Story />
  </div>
)

const meta = {
  title: 'Viewer/Overlays',
  component: ProductViewer,
  decorators: [frame],
  args: { product: withoutHotspots(ours('sofa')), loading: 'eager', dimensions: true, unit: 'metric' },
  argTypes: { unit: { control: 'inline-radio', options: ['metric', 'imperial'] } },
} satisfies Meta<typeof ProductViewer>
export default meta
type Story = StoryObj<typeof meta>

/** Width, height and depth of our sofa in centimetres; the note says the listed size matches the model. */
export const DimensionsMetric: Story = {}

/** Our armchair in inches (the default for shoppers in the US). */
export const DimensionsImperial: Story = { args: { product: withoutHotspots(ours('armchair')), unit: 'imperial' } }

/** Hotspots on our armchair: press one for its card; turn the chair and those on its far side dim. */
export const Hotspots: Story = { args: { product: ours('armchair'), dimensions: false } }

/** Hotspot text is always text: a title and text full of markup render literally. */
export const HotspotMarkupIsText: Story = {
  args: {
    dimensions: false,
    product: {
      ...ours('armchair'),
      hotspots: [
        {
          id: 'markup',
          position: [0, 0.495, 0.09],
          normal: [0, 1, 0],
          title: '<img src=x onerror="alert(1)">',
          text: '<script>alert(2)</script>',
        },
      ],
    },
  },
}

/** A listing that says 0.8 cm for a 0.8 m chair: the model is shown at its own measured size, and the note says so. */
export const SizeMismatch: Story = {
  args: {
    product: {
      ...withoutHotspots(ours('armchair')),
      id: 'armchair-wrong-unit',
      dimensions: { width: 0.8, height: 0.85, depth: 0.8, unit: 'cm' },
    },
  },
}

const khronos = (id: string) => sharedModels.find((m) => m.id === id)!
const sharedStory = (id: string, credit: string): Story => ({
  args: { product: sharedProduct(khronos(id)) },
  render: (args) => (
    <RequiresShared probe={`/shared/models/${khronos(id).path}`}>
      <ProductViewer {...args} />
      <p style={{ font: '12px system-ui', color: '#4a4844' }}>{credit}</p>
    </RequiresShared>
  ),
})

/** The Khronos Glam Velvet Sofa: 218.8 × 78.7 × 102.3 cm. */
export const KhronosSofa = sharedStory(
  'glam-velvet-sofa',
  'Glam Velvet Sofa © 2021 Wayfair, LLC, by Eric Chadwick, CC BY 4.0; from KhronosGroup/glTF-Sample-Assets.',
)

/** The Khronos Sheen Chair: 82.7 × 68.6 × 57.0 cm. */
export const KhronosChair = sharedStory(
  'sheen-chair',
  'Sheen Chair © 2020 Wayfair, LLC, by Eric Chadwick; from KhronosGroup/glTF-Sample-Assets.',
)

/** The Khronos Materials Variants Shoe, in inches: 11.7 × 6.0 × 4.6 in. */
export const KhronosShoeImperial: Story = {
  ...sharedStory(
    'materials-variants-shoe',
    'Materials Variants Shoe © 2021 Shopify, Inc., CC BY 4.0; from KhronosGroup/glTF-Sample-Assets.',
  ),
  args: { product: sharedProduct(khronos('materials-variants-shoe')), unit: 'imperial' },
}
