// The shell bound to one element: its view drawn from the element's model, and
// what each of its buttons does (emit the event, then act now in the shell or
// once the live preview has been swapped in).
import type { TrackInput } from '../events/types'
import { defaultPreviewStrings } from '../preview/previewStrings'
import type { ElementContext } from './elementModel'
import { emitEvent, productEvent, requestAddToCart } from './eventBridge'
import { hasChat, withChat } from './services'
import { renderShell } from './shell'

/** Builds the shell for the element's current state. */
export function drawShell(ctx: ElementContext): HTMLElement {
  const { host, model, attrs, live } = ctx
  const emit = (name: string, ids: { variantId?: string; shadeId?: string }, props?: TrackInput['props']) =>
    emitEvent(host, productEvent(model.product?.id, name, ids, props))
  return renderShell(
    {
      product: model.product,
      phase: model.phase,
      message: model.message,
      notices: [],
      variantId: model.variant,
      shadeId: model.shade,
      actions: attrs.actions,
      hasChat: hasChat(),
      theme: attrs.theme,
      tapToView: attrs.loading === 'interaction',
      viewerStrings: model.viewerStrings,
      previewStrings: model.strings,
    },
    {
      variant: (id) => {
        ctx.chooseVariant(id)
        emit('variant_selected', { variantId: id })
        ctx.refresh()
        live.render()
      },
      shade: (id) => {
        model.shade = id
        emit('shade_selected', { shadeId: id })
        ctx.refresh()
        // The live preview's own swatch, clicked once it is there; its shade_selected is this one again.
        live.whenSwapped(() => live.clickInside(`.vitrine-swatch input[value="${CSS.escape(id)}"]`, 'shade_selected'))
      },
      view3d: () => ctx.view3d(),
      ar: () => ctx.ar(),
      tryOn: () =>
        live.whenSwapped(
          () => live.clickButton(model.strings?.tryItOn ?? defaultPreviewStrings.tryItOn),
          'interaction',
        ),
      ask: () =>
        withChat((chat) => {
          ctx.describe()
          void chat.ask()
        }),
      cart: () => {
        const p = model.product!
        const ids = { variantId: model.variant, shadeId: p.kind === 'lipstick' ? model.shade : undefined }
        emit('add_to_cart', ids, { quantity: 1, price: p.price.amount, currency: p.price.currency })
        requestAddToCart(host, { productId: p.id, ...ids, quantity: 1 })
      },
    },
  )
}
