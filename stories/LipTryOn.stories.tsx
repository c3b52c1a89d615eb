import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState, type ReactNode } from 'react'
import { LipTryOn } from '../src/tryon'
import { StatusPanel } from '../src/tryon/StatusPanel'
import { TRYON_TEXT } from '../src/tryon/strings'
import { TryOnStyles } from '../src/tryon/tryonStyles'
import { VitrineStyles } from '../src/ui/styles'
import type { Finish, ProductInput, ProductSource, Shade } from '../src/product'
import catalogue from '../assets/shades.json'

const shades = catalogue as Shade[]
const lipstick: ProductInput = {
  id: 'lipstick-story',
  name: 'Velvet Lip Colour',
  price: { amount: 24, currency: 'EUR' },
  kind: 'lipstick',
  shades,
}

/** Light, brown and dark skin, in that order (CC0 photos in ../shared/assets/faces). */
const SKIN_TONES = [
  { face: 'face-001', label: 'fair' },
  { face: 'face-016', label: 'brown' },
  { face: 'face-057', label: 'dark' },
]
const faceUrl = (face: string) => `/shared/faces/${face}.jpg`

/** The shared test faces are not in the repo; say so instead of showing broken images. */
function NeedsSharedFaces({ children }: { children: ReactNode }) {
  const [ok, setOk] = useState<boolean | null>(null)
  useEffect(() => {
    fetch(faceUrl('face-001'), { method: 'HEAD' }).then(
      (r) => setOk(r.ok),
      () => setOk(false),
    )
  }, [])
  if (ok === null) return null
  if (!ok)
    return (
      <p role="note" style={{ font: '14px system-ui', padding: 16 }}>
        This story needs the shared test faces (../shared/assets/faces, served at /shared). They are not part of the
        repository.
      </p>
    )
  return <>{children}</>
}

function SideBySide({ finish }: { finish: Finish }) {
  const shade = shades.find((s) => s.finish === finish) ?? shades[0]
  return (
    <NeedsSharedFaces>
      <p style={{ font: '14px system-ui', margin: '0 0 8px' }}>
        {shade.name}: {finish}, {shade.color}, opacity {shade.opacity ?? 'default'}
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 12 }}>
        {SKIN_TONES.map(({ face, label }) => (
          <figure key={face} style={{ margin: 0 }}>
            <LipTryOn product={lipstick} shade={shade.id} photo={faceUrl(face)} controls={false} />
            <figcaption style={{ font: '12px system-ui', textAlign: 'center' }}>
              {face} ({label} skin)
            </figcaption>
          </figure>
        ))}
      </div>
    </NeedsSharedFaces>
  )
}

/** The try-on chrome with one state's panel, for states a story cannot reach on its own (camera prompts). */
function StatePreview({
  status,
  problem,
  mode = null,
  progress = null,
}: {
  status: 'starting' | 'denied' | 'no-face'
  problem?: 'denied' | 'no-camera'
  mode?: 'live' | 'photo' | null
  progress?: { loaded: number; total: number } | null
}) {
  return (
    <div
      className="vitrine-root vitrine-tryon"
      data-tryon-status={status}
      data-vitrine-state={status === 'starting' ? 'loading' : 'ready'}
      style={{ maxWidth: 640 }}
    >
      <VitrineStyles />
      <TryOnStyles />
      <div className="vitrine-tryon-stage">
        <StatusPanel
          status={status}
          mode={mode}
          problem={problem}
          productName={lipstick.name}
          resumed={false}
          progress={progress}
          previewing={false}
          text={TRYON_TEXT}
          onStartCamera={() => {}}
          onChoosePhoto={() => {}}
          onCancel={() => {}}
        />
      </div>
    </div>
  )
}

const meta: Meta<typeof LipTryOn> = {
  title: 'Try-on/LipTryOn',
  component: LipTryOn,
  args: { product: lipstick, catalogue: shades },
  parameters: { layout: 'padded' },
  decorators: [
    (Story) => (
      <div style={{ width: '100%', maxWidth: 1200 }}>
        <Story />
      </div>
    ),
  ],
}
export default meta
type Story = StoryObj<typeof LipTryOn>

/** Before the camera prompt: why the camera is needed, and that video stays on the phone. */
export const Intro: Story = {}

/** Photo mode on a smile: the open mouth and teeth stay bare. */
export const TrackingOnPhoto: Story = {
  tags: ['state:data-tryon-status=tracking'],
  args: { photo: faceUrl('face-009'), shade: 'cherry-10' },
  render: (args) => (
    <NeedsSharedFaces>
      <LipTryOn {...args} />
    </NeedsSharedFaces>
  ),
}

/** The before/after divider, draggable across the face. */
export const BeforeAfter: Story = {
  tags: ['state:data-tryon-status=tracking'],
  args: { photo: faceUrl('face-006'), shade: 'berry-15', initialCompare: 0.5 },
  render: (args) => (
    <NeedsSharedFaces>
      <LipTryOn {...args} />
    </NeedsSharedFaces>
  ),
}

export const Matte: Story = { render: () => <SideBySide finish="matte" /> }
export const Satin: Story = { render: () => <SideBySide finish="satin" /> }
export const Gloss: Story = { render: () => <SideBySide finish="gloss" /> }
export const Sheer: Story = { render: () => <SideBySide finish="sheer" /> }
export const Metallic: Story = { render: () => <SideBySide finish="metallic" /> }
export const Shimmer: Story = { render: () => <SideBySide finish="shimmer" /> }

/** A photo without a face (a plain grey picture): real no-face state in photo mode. */
export const NoFaceInPhoto: Story = {
  args: {
    photo:
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAFAAAAA8CAYAAADxJz2MAAAAh0lEQVR4Ae3BsQGAQACEMLzJbWxc2t9BWpLrfe6P/DaijCgjyogyoowoI8qIMqKMKCPKiDKijCgjyogyoowoI8qIMqKMKCPKiDKijCgjyogyoowoI8qIMqKMKCPKiDKijCgjyogyoowoI8qIMqKMKCPKiDKijCgjyogyoowoI8qIMqKMKCPKASXSAwaLWs2AAAAAAElFTkSuQmCC',
  },
}

/** The model files cannot be loaded (a store's assetBase pointing nowhere): the error state. */
export const ModelMissing: Story = {
  args: { photo: faceUrl('face-001'), assetBase: '/no-such-face-model/' },
  render: (args) => (
    <NeedsSharedFaces>
      <LipTryOn {...args} />
    </NeedsSharedFaces>
  ),
}

/** A manifest that fails validation. */
export const InvalidProduct: Story = {
  args: { product: { id: 'broken', kind: 'lipstick' } as unknown as ProductSource },
}

/** Camera starting (model and camera loading). */
export const Starting: StoryObj = { tags: ['no-settle'], render: () => <StatePreview status="starting" mode="live" /> }

/** The model downloading on a slow connection: a progress bar in MB and Cancel. */
export const DownloadingModel: StoryObj = {
  // Shows the model download in progress, so it stays `loading` on purpose.
  tags: ['no-settle'],
  render: () => <StatePreview status="starting" mode="live" progress={{ loaded: 1_300_000, total: 9_270_000 }} />,
}
/** Live camera, face out of frame. */
export const NoFaceLive: StoryObj = { render: () => <StatePreview status="no-face" mode="live" /> }
/** The shopper refused the camera. */
export const CameraDenied: StoryObj = { render: () => <StatePreview status="denied" problem="denied" /> }
/** The device has no camera. */
export const NoCamera: StoryObj = { render: () => <StatePreview status="denied" problem="no-camera" /> }
