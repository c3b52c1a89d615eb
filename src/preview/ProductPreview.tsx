import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode, type Ref } from 'react'
import type { Product, ProductSource } from '../product'
import type { TrackInput } from '../events/types'
import { ProductViewer, type ProductViewerHandle, type ProductViewerProps } from '../viewer/ProductViewer'
import { useProduct } from '../react/useProduct'
import { RoomPlacement } from '../ar/RoomPlacement'
import { useEmit } from '../react/useEmit'
import { useVitrine } from '../react/VitrineProvider'
import { ErrorPanel } from '../ui/ErrorPanel'
import { VitrineStyles } from '../ui/styles'
import { Swatches } from './Swatches'
import { TryOnDialog } from './TryOnDialog'
import { PREVIEW_CSS } from './previewCss'
import { defaultPreviewStrings, formatPrice, type PreviewStrings } from './previewStrings'
import { CoviewShare } from '../coview/CoviewShare'
import { CoviewInAr } from '../coview/CoviewInAr'
import { useCoviewShopper } from '../coview/useCoviewShopper'
import type { Coview } from '../coview/shopperStore'
import { createTryOnStore } from '../tryon/tryOnStore'
import { productContextUpdate } from '../chat/productContextUpdate'

/** What `onAddToCart` receives: the product and the variant, shade and quantity chosen. */
export interface AddToCartRequest {
  product: Product
  variantId?: string
  shadeId?: string
  quantity: number
}

/** Props of `<ProductPreview>`, the drop-in product media block. */
export interface ProductPreviewProps {
  /** The product manifest: parsed, or raw catalogue JSON (a bad one shows which field is wrong). */
  product: ProductSource
  /** Selected variant id (controlled). Leave out for uncontrolled, starting at `defaultVariant` or the first. */
  variant?: string
  defaultVariant?: string
  /** Called when the shopper picks a variant (swatch, or inside AR). */
  onVariantChange?: (variantId: string) => void
  /** Shows "Add to cart"; the store's own cart call. */
  onAddToCart?: (request: AddToCartRequest) => void
  /** Which actions to offer; all default to on where the product and device allow them. */
  actions?: { ar?: boolean; tryOn?: boolean; chat?: boolean; cart?: boolean }
  /** `light` (default), `dark`, or `auto` (follows the shopper's system). Colours, radius and font come from --vitrine-* custom properties. */
  theme?: 'light' | 'dark' | 'auto'
  /** Replace shopper-facing text (i18n). */
  strings?: Partial<PreviewStrings>
  /** Passed to the inline viewer. */
  viewer?: Pick<ProductViewerProps, 'loading' | 'environment' | 'autoRotate' | 'maxPixelRatio' | 'strings'>
  /** Every event of every part (viewer, AR, try-on, cart, chat). */
  onEvent?: (event: TrackInput) => void
  /** Extra actions of the store's own, shown after ours. */
  children?: ReactNode
  className?: string
  style?: CSSProperties
  /** The inline viewer's handle (`snapshot()`, `retry()`, `modelSize()`, `orbit()`), by the React 19 `ref` prop. */
  ref?: Ref<ProductViewerHandle>
  /** Offers "Show an agent": a live shared view (product, colour, angle, shade; never the camera). From `createCoview()`. */
  coview?: Coview
}

/**
 * The one drop-in for a product page: the 3D viewer (or, for a lipstick, its
 * shades), variant swatches, and the actions that sell: view in your room,
 * try it on, ask about this, add to cart.
 */
export function ProductPreview(props: ProductPreviewProps) {
  const { product, error } = useProduct(props.product)
  const strings = useMemo(() => ({ ...defaultPreviewStrings, ...props.strings }), [props.strings])
  const { chat, tracker } = useVitrine()
  const emit = useEmit(product?.id ?? 'unknown', 'viewer', props.onEvent)
  const [ownVariant, setOwnVariant] = useState(props.defaultVariant ?? product?.variants[0]?.id)
  const variantId = props.variant ?? ownVariant
  const [shadeId, setShadeId] = useState(product?.shades[0]?.id)
  const [tryingOn, setTryingOn] = useState(false)
  const [tryOnStore] = useState(() => createTryOnStore())
  const actions = { ar: true, tryOn: true, chat: true, cart: true, ...props.actions }

  useEffect(() => {
    if (!product) return
    tracker?.describeProduct?.(product)
  }, [product, tracker])

  const variant = product?.variants.find((v) => v.id === variantId)
  const shade = product?.shades.find((s) => s.id === shadeId)
  useEffect(() => {
    if (product) chat?.setContext(productContextUpdate(product, { variantId: variant?.id, shadeId: shade?.id }))
  }, [chat, product, variant, shade])

  const { onVariantChange } = props
  const selectVariant = useCallback(
    (id: string) => {
      setOwnVariant(id)
      onVariantChange?.(id)
      emit('variant_selected', undefined, { variantId: id })
    },
    [emit, onVariantChange],
  )

  const selectShade = useCallback(
    (id: string) => {
      setShadeId(id)
      emit('shade_selected', undefined, { shadeId: id })
    },
    [emit],
  )

  const shared = useCoviewShopper({
    coview: props.coview,
    product,
    variantId: variant?.id,
    shadeId: shade?.id,
    onEvent: props.onEvent,
    viewerRef: props.ref,
    tryOn: tryOnStore,
    selectVariant,
    selectShade,
  })

  if (!product) {
    return (
      <div
        className="vitrine-preview vitrine-root"
        data-vitrine-state="error"
        style={{ aspectRatio: 'auto', minHeight: 160 }}
      >
        <ErrorPanel message={`This product cannot be shown: ${error?.message ?? 'unknown error'}`} />
      </div>
    )
  }

  const isLipstick = product.kind === 'lipstick'
  const ids = { variantId: variant?.id, shadeId: shade?.id }
  const addToCart = () => {
    emit('add_to_cart', { quantity: 1, price: product.price.amount, currency: product.price.currency }, ids)
    props.onAddToCart?.({ product, variantId: variant?.id, shadeId: shade?.id, quantity: 1 })
  }
  const ask = () => {
    void chat?.ask()
  }

  return (
    <section
      ref={shared.rootRef}
      className={['vitrine-preview', props.className].filter(Boolean).join(' ')}
      style={props.style}
      data-theme={props.theme ?? 'light'}
      aria-label={product.name}
    >
      <VitrineStyles />
      <style href="vitrine-preview" precedence="default">
        {PREVIEW_CSS}
      </style>
      {isLipstick ? (
        <div className="vitrine-lipstick-hero" role="img" aria-label={`${product.name}, shade ${shade?.name ?? ''}`}>
          <i style={{ background: shade?.color }} />
        </div>
      ) : (
        <ProductViewer
          {...props.viewer}
          ref={shared.viewerRef}
          product={product}
          variant={variant?.id}
          onEvent={shared.onEvent}
        />
      )}
      {isLipstick ? (
        <Swatches label={strings.shadeLabel} options={product.shades} value={shade?.id} onChange={selectShade} />
      ) : (
        <Swatches
          label={strings.variantLabel}
          options={product.variants.map((v) => ({
            id: v.id,
            name: v.name,
            image: v.swatch && /[/.]/.test(v.swatch) ? v.swatch : undefined,
            color: v.swatch && !/[/.]/.test(v.swatch) ? v.swatch : undefined,
          }))}
          value={variant?.id}
          onChange={selectVariant}
        />
      )}
      <div className="vitrine-actions">
        {!isLipstick && actions.ar && product.model && (
          <RoomPlacement
            product={product}
            variant={variant?.id}
            onVariantChange={selectVariant}
            onEvent={shared.onEvent}
            onAddToCart={props.onAddToCart && actions.cart ? addToCart : undefined}
            onAskAbout={chat && actions.chat ? ask : undefined}
            inSession={
              props.coview && ((session) => <CoviewInAr coview={props.coview!} product={product} session={session} />)
            }
          />
        )}
        {isLipstick && actions.tryOn && (
          <button type="button" className="vitrine-button" onClick={() => setTryingOn(true)}>
            {strings.tryItOn}
          </button>
        )}
        {chat && actions.chat && (
          <button type="button" className="vitrine-button" data-variant="ghost" onClick={ask}>
            {strings.askAboutThis}
          </button>
        )}
        {props.children}
        {props.coview && <CoviewShare coview={props.coview} product={product} />}
      </div>
      {props.onAddToCart && actions.cart && (
        <button type="button" className="vitrine-cart" onClick={addToCart}>
          {strings.addToCart(formatPrice(product.price.amount, product.price.currency))}
        </button>
      )}
      {tryingOn && (
        <TryOnDialog
          product={product}
          shade={shade?.id}
          title={strings.tryOnTitle(product.name)}
          closeLabel={strings.close}
          onClose={() => setTryingOn(false)}
          onEvent={shared.onEvent}
          store={tryOnStore}
        />
      )}
    </section>
  )
}
