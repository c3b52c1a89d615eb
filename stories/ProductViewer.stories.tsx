import type { Meta, StoryObj } from '@storybook/react-vite'
import { ProductViewer } from '../src/viewer'
import type { ProductSource } from '../src/product'
import { installSlowNetwork } from './support/slowNetwork'
import { armchair, sharedModels, sharedProduct, sofa } from './support/sampleProducts'
import { RequiresShared } from './support/RequiresShared'

installSlowNetwork()

const frame =
  (width = 560) =>
  (Story: () => React.ReactNode) => (
    <div style={{ width, maxWidth: '100vw' }}>
      <Story />
    </div>
  )

const meta = {
  title: 'Viewer/ProductViewer',
  component: ProductViewer,
  decorators: [frame()],
  args: { product: sofa, loading: 'eager' },
} satisfies Meta<typeof ProductViewer>
export default meta
type Story = StoryObj<typeof meta>

/** The model on screen, framed, on its contact shadow; drag, pinch or use the arrow keys. */
export const Ready: Story = {}

/** Every variant of our armchair, switched through the `variant` prop. */
export const Variant: Story = {
  args: { product: armchair, variant: 'forest' },
  argTypes: { variant: { control: 'inline-radio', options: ['mustard', 'forest', 'blush'] } },
}

/** Poster first: nothing heavy loads until the shopper asks for 3D. */
export const PosterUntilTapped: Story = { args: { product: armchair, loading: 'interaction' } }

/** A slow connection (~20 KB/s): the progress bar shows bytes received over the total. */
export const SlowNetwork: Story = {
  args: {
    product: {
      ...armchair,
      model: { ...armchair.model!, src: '/assets/models/armchair.glb#vitrine-kbps=20', poster: undefined },
    },
  },
}

/** Loading, caught mid-download (the connection stalls at 40%): the bar holds its place. */
export const LoadingWithProgress: Story = {
  tags: ['no-settle'],
  args: {
    product: {
      ...sofa,
      model: { ...sofa.model!, src: '/assets/models/sofa.glb#vitrine-stall=0.4', poster: undefined },
    },
  },
}

/** A missing file (404): a human message and a retry button. */
export const ErrorNotFound: Story = {
  args: { product: { ...sofa, model: { ...sofa.model!, src: '/assets/models/no-such-sofa.glb', poster: undefined } } },
}

/** A file that is not a model: reported as damaged, with a retry. */
export const ErrorCorruptFile: Story = {
  args: { product: { ...sofa, model: { ...sofa.model!, src: '/assets/shades.json', poster: undefined } } },
}

/** A manifest with a wrong field: the viewer names it and does not crash. */
export const BadManifest: Story = {
  args: {
    product: {
      id: 'broken',
      name: 'Broken',
      price: { amount: 'a lot', currency: 'EUR' },
      kind: 'furniture',
      model: { src: '/assets/models/sofa.glb', alt: 'x' },
    } as unknown as ProductSource,
  },
}

/** Translated text through the `strings` prop (here, French). */
export const Translated: Story = {
  args: {
    product: armchair,
    strings: {
      interactionPrompt: 'Glissez pour tourner · pincez pour zoomer',
      loadingViewer: 'Préparation de la vue 3D…',
      loadingModel: (p) => (p === undefined ? 'Chargement du modèle 3D…' : `Chargement du modèle 3D, ${p} %`),
      loaded: (name) => `Modèle 3D de ${name} chargé.`,
    },
  },
}

/** Each Khronos test model from ../shared/assets (skipped with a note when absent). */
const sharedStory = (index: number): Story => ({
  name: `Khronos: ${sharedModels[index].name}`,
  args: { product: sharedProduct(sharedModels[index]) },
  render: (args) => (
    <RequiresShared probe={`/shared/models/${sharedModels[index].path}`}>
      <ProductViewer {...args} />
    </RequiresShared>
  ),
})
export const KhronosGlamVelvetSofa = sharedStory(0)
export const KhronosGlamVelvetSofaDraco = sharedStory(1)
export const KhronosGlamVelvetSofaMeshopt = sharedStory(2)
export const KhronosSheenChair = sharedStory(3)
export const KhronosIridescenceLamp = sharedStory(4)
export const KhronosAnisotropyBarnLampKtx2 = sharedStory(5)
export const KhronosMaterialsVariantsShoe = sharedStory(6)
export const KhronosGlassVaseFlowers = sharedStory(7)
export const KhronosAvocado = sharedStory(8)
