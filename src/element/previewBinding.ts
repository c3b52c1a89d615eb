// The live preview bound to one element: its props from the element's model,
// and its callbacks routed to the element (events out as DOM events, the
// variant reflected, the cart request, the swap after each commit).
import type { ElementLoading } from './attributes'
import type { ElementContext } from './elementModel'
import { emitEvent, requestAddToCart } from './eventBridge'
import { vitrineServices } from './services'
import type { PreviewMountProps } from './mountPreview'

/** The props of `<ProductPreview>` for the element's current state. */
export function previewProps(ctx: ElementContext, viewerLoading: ElementLoading): PreviewMountProps {
  const { host, model, attrs, live } = ctx
  const actions = attrs.actions
  return {
    product: model.product!,
    variant: model.variant,
    actions,
    theme: attrs.theme,
    viewerLoading,
    chat: vitrineServices().chat,
    strings: model.strings,
    viewerStrings: model.viewerStrings,
    onEvent: (event) => {
      // A choice made in the shell and replayed into the live preview is not a second choice.
      if (!live.isEcho(event.name)) emitEvent(host, event)
    },
    onVariantChange: (id) => {
      ctx.chooseVariant(id)
      live.render()
    },
    onAddToCart: actions.cart
      ? ({ variantId, shadeId }) =>
          requestAddToCart(host, { productId: model.product!.id, variantId, shadeId, quantity: 1 })
      : undefined,
    onCommit: () => live.onInner(),
  }
}
