// What one <vitrine-product> knows at a moment: its input, the loaded product,
// the shopper's choice and what the shell shows. Plain data, shared by the
// element and the modules that draw and bind its shell.
import type { Product } from '../product'
import type { ViewerStrings } from '../ui/strings'
import type { PreviewStrings } from '../preview/previewStrings'
import type { VitrineElementErrorDetail } from './errors'
import type { ShellView } from './shell'
import type { AttributeState } from './attributeState'
import type { LivePreview } from './livePreview'

export class ElementModel {
  /** The `product` property as the page set it (wins over `product-src`). */
  input: unknown = undefined
  /** The validated product, once loaded. */
  product: Product | undefined
  /** Why the product could not be loaded. */
  loadError: VitrineElementErrorDetail | undefined
  /** Counts loads: work started for an older product is dropped. */
  loadId = 0
  variant: string | undefined
  shade: string | undefined
  /** What the shell's viewer box shows, and its message for `error`. */
  phase: ShellView['phase'] = 'idle'
  message: string | undefined
  strings: Partial<PreviewStrings> | undefined
  viewerStrings: Partial<ViewerStrings> | undefined
}

/** The element as the modules binding its shell and its live preview need it. */
export interface ElementContext {
  host: HTMLElement
  model: ElementModel
  attrs: AttributeState
  live: LivePreview
  /** Redraws the shell and re-renders the live preview. */
  refresh(): void
  /** Sets the chosen variant and the `variant` attribute. */
  chooseVariant(id: string): void
  view3d(): void
  ar(): void
  /** Tells the tracker and chat about the product and the shopper's choice. */
  describe(): void
}
