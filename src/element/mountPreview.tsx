// The heavy half of <vitrine-product>, loaded by dynamic import only when the
// shopper comes near or taps: React, ReactDOM and the same <ProductPreview>
// a React store uses (which itself loads R3F and three when the model is due).
import { useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'
import type { Product } from '../product'
import type { TrackInput } from '../events/types'
import type { ChatLike } from '../chat/types'
import type { ViewerStrings } from '../ui/strings'
import { ProductPreview, type AddToCartRequest } from '../preview/ProductPreview'
import type { PreviewStrings } from '../preview/previewStrings'
import { VitrineProvider } from '../react/VitrineProvider'
import type { ActionSet, ElementLoading, ElementTheme } from './attributes'

export interface PreviewMountProps {
  product: Product
  variant?: string
  actions: ActionSet
  theme: ElementTheme
  /** The inline viewer's own `loading`: the element decides when React loads, the viewer when the model does. */
  viewerLoading: ElementLoading
  chat?: ChatLike
  strings?: Partial<PreviewStrings>
  viewerStrings?: Partial<ViewerStrings>
  onEvent(event: TrackInput): void
  onVariantChange(variantId: string): void
  onAddToCart?(request: AddToCartRequest): void
  /** After each commit, before paint: the element swaps its shell out here. */
  onCommit(): void
}

export interface MountedPreview {
  render(props: PreviewMountProps): void
  unmount(): void
}

function ElementPreview(props: PreviewMountProps) {
  const { onCommit } = props
  useLayoutEffect(() => {
    onCommit()
  })
  return (
    // No tracker here: every event reaches onEvent, and the element sends it on (tracker + DOM event).
    <VitrineProvider chat={props.chat}>
      <ProductPreview
        product={props.product}
        variant={props.variant}
        onVariantChange={props.onVariantChange}
        onAddToCart={props.onAddToCart}
        actions={props.actions}
        theme={props.theme}
        strings={props.strings}
        viewer={{ loading: props.viewerLoading, strings: props.viewerStrings }}
        onEvent={props.onEvent}
      >
        <slot />
      </ProductPreview>
    </VitrineProvider>
  )
}

/** Renders the preview into `container` (inside the element's shadow root). */
export function mountPreview(container: Element, props: PreviewMountProps): MountedPreview {
  const root = createRoot(container, {
    // Errors React recovers from (or cannot) go to the console, never to the host page's onerror.
    onUncaughtError: (error) => console.error('[vitrine-product] render failed', error),
  })
  root.render(<ElementPreview {...props} />)
  return {
    render: (next) => root.render(<ElementPreview {...next} />),
    unmount: () => root.unmount(),
  }
}
