import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react'
import type { Product, ProductSource } from '../product'
import { useProduct } from '../react/useProduct'
import { ErrorPanel } from '../ui/ErrorPanel'
import { VitrineError } from '../errors/VitrineError'
import type { TrackInput } from '../events/types'
import { useEmit, withIds } from '../react/useEmit'
import { browserEnvironment, detectArModes, sameEnvironment, type ArEnvironment } from './capabilities'
import { ArLifecycle } from './lifecycle'
import { arStrings, type ArStrings } from './strings'
import { createArModeStore, offeredMode, rootState, type ArModeStore } from './arModeStore'
import { handoffUrl } from './native/handoff'
import { launchQuickLook, launchSceneViewer, type NativeLaunch } from './native/launchNative'
import { QrHandoff } from './QrHandoff'
import { VitrineStyles } from '../ui/styles'
import type { ArFailureReason, ArMode, ArSessionControls } from './types'
import { useLatest } from '../react/useLatest'

// three, R3F and @react-three/xr load only when the shopper taps.
const WebXrSession = lazy(() => import('./webxr/WebXrSession'))

/** What `onError` receives when an AR mode fails; the next mode is tried after it. */
export class ArError extends VitrineError<ArFailureReason> {
  override readonly name = 'ArError'
  constructor(
    code: ArFailureReason,
    /** The mode that failed. */ readonly mode: ArMode,
    message: string,
  ) {
    super('ar', code, message)
  }
}

/** Props of `<RoomPlacement>`, "View in your room". */
export interface RoomPlacementProps {
  /**
   * The product to place: a parsed `Product` or raw catalogue JSON (validated; a bad one shows its error).
   * Its `placement` (floor/wall) decides surfaces; `model.usdz` is used for Quick Look when present.
   */
  product: ProductSource
  /** Variant id to show. Switching variants in AR calls `onVariantChange` and keeps the placement. */
  variant?: string
  /** Called when the shopper picks a variant inside AR. */
  onVariantChange?: (variantId: string) => void
  /** Every AR event (`ar_offered` … `ar_ended`), as well as the provider's tracker. */
  onEvent?: (event: TrackInput) => void
  /** A mode failed; the next mode is tried. */
  onError?: (error: ArError) => void
  /** AR ended and the page is back: with the variant shown at the end, to restore in the inline viewer. */
  onExit?: (result: { variantId: string | undefined; placed: boolean; mode: ArMode }) => void
  /** Restrict (not reorder) the modes to try. Default: all that the device supports. */
  modes?: readonly ArMode[]
  /** Allow pinch-to-scale in WebXR. Off by default: true size is the point. */
  allowScaling?: boolean
  /** The product page URL for Scene Viewer's fallback, Quick Look's share link and the QR hand-off. Default: this page. */
  pageUrl?: string
  /** The link the QR code opens. Default: `pageUrl` plus product and variant parameters. */
  handoffUrl?: string
  /** Largest texture edge of a generated USDZ. Default 2048 (Quick Look's budget). */
  usdzMaxTextureSize?: number
  /** Shows "Add to cart" inside AR. */
  onAddToCart?: () => void
  /** Shows "Ask about this" inside AR. */
  onAskAbout?: () => void
  /** Milliseconds without a surface before the light-and-texture hint. Default 10000. */
  searchHintAfterMs?: number
  /**
   * More UI inside the WebXR session's overlay, under the in-AR toolbar (a co-view's "Show an agent", its
   * sharing bar and suggestions). It gets the session's controls, so a suggestion can change the variant in place.
   */
  inSession?: (controls: ArSessionControls) => ReactNode
  /** Replace browser capability detection (stories, tests, app shells). */
  environment?: ArEnvironment
  /** Replace any of the words shown, for translation or tone (see `arStrings` for every key). */
  strings?: Partial<ArStrings>
  className?: string
  style?: CSSProperties
}

/**
 * "View in your room": picks the best AR mode the device has (WebXR →
 * Scene Viewer → Quick Look → QR hand-off), offers it on a button that says
 * what will happen, and falls through to the next mode when one fails.
 */
export function RoomPlacement(props: RoomPlacementProps) {
  const { product, error } = useProduct(props.product)
  if (!product) {
    return (
      <div
        className={props.className}
        style={props.style}
        data-vitrine-room-placement=""
        data-vitrine-state="error"
        data-ar-status="failed"
        data-ar-mode="none"
      >
        <VitrineStyles />
        <ErrorPanel message={error?.message ?? 'This product cannot be shown.'} />
      </div>
    )
  }
  return <RoomPlacementFor {...props} product={product} />
}

/** The page the AR hand-off returns to: the store's own URL for it, else this page. */
const pageUrlOf = (props: { pageUrl?: string }) => props.pageUrl ?? location.href

function RoomPlacementFor(props: Omit<RoomPlacementProps, 'product'> & { product: Product }) {
  const { product } = props
  const strings: ArStrings = useMemo(() => ({ ...arStrings, ...props.strings }), [props.strings])
  const latest = useLatest(props)
  const emit = useEmit(product.id, 'ar', props.onEvent)
  const [variantId, setVariantId] = useState(props.variant ?? product.variants[0]?.id)
  useEffect(() => {
    if (props.variant !== undefined) setVariantId(props.variant)
  }, [props.variant])
  const variantRef = useLatest(variantId)
  const lifecycle = useMemo(
    () => new ArLifecycle(withIds(emit, () => (variantRef.current ? { variantId: variantRef.current } : undefined))),
    [emit, variantRef],
  )

  // Detection re-runs when the description changes, not its identity: an inline `environment={{…}}`
  // would otherwise detect, emit ar_offered and re-render in a loop.
  const environmentRef = useRef(props.environment)
  if (!sameEnvironment(environmentRef.current, props.environment)) environmentRef.current = props.environment
  const environment = environmentRef.current

  const stopNative = useRef<() => void>(undefined)
  const anchor = useRef<HTMLAnchorElement>(null)
  const store = useMemo(() => {
    const s: ArModeStore = createArModeStore({
      onTapped: (m) => lifecycle.tapped(m),
      onFailed(m, reason, detail) {
        lifecycle.failed(reason, m, detail)
        latest.current.onError?.(new ArError(reason, m, detail))
      },
      onExit: (m, placed) => latest.current.onExit?.({ variantId: variantRef.current, placed, mode: m }),
      async launchNative(m) {
        const native: NativeLaunch = {
          product,
          pageUrl: pageUrlOf(latest.current),
          allowScaling: Boolean(latest.current.allowScaling),
          lifecycle,
          onFail: (reason, detail) => s.fail(m, reason, detail),
          onReturn: () => s.exit(m),
        }
        if (m === 'scene-viewer') {
          if (anchor.current) stopNative.current = launchSceneViewer(native, anchor.current)
          return
        }
        const gltfVariant = product.variants.find((v) => v.id === variantRef.current)?.gltfVariant
        const { href, stop } = await launchQuickLook(native, gltfVariant, latest.current.usdzMaxTextureSize ?? 2048)
        stopNative.current = stop
        anchor.current?.setAttribute('data-quick-look-href', href)
      },
    })
    return s
  }, [lifecycle, latest, variantRef, product])
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState)
  const { modes, phase, status, failure } = state
  const mode = offeredMode(state)
  const hasModel = Boolean(product.model?.src)
  // The modes the store asked for, as a value: a new array with the same modes must not start detection again.
  const requestedModes = props.modes?.join()

  useEffect(() => {
    let live = true
    store.reset()
    detectArModes(environment ?? browserEnvironment(), latest.current.modes).then((found) => {
      if (!live) return
      const usable = hasModel ? found : []
      store.detected(usable)
      lifecycle.offered(usable[0])
    })
    return () => {
      live = false
    }
  }, [store, hasModel, environment, requestedModes, lifecycle, latest])

  useEffect(() => () => stopNative.current?.(), [])

  const chooseVariant = (id: string) => {
    setVariantId(id)
    emit('variant_selected', { in_ar: true }, { variantId: id })
    latest.current.onVariantChange?.(id)
  }

  const message = failure && strings.failed(failure.reason, failure.next, product.placement)
  const qrUrl =
    props.handoffUrl ?? (typeof location === 'undefined' ? '' : handoffUrl(pageUrlOf(props), product.id, variantId))
  return (
    <div
      className={props.className}
      style={props.style}
      data-vitrine-room-placement=""
      data-vitrine-state={rootState(state)}
      data-ar-status={status}
      data-ar-mode={mode ?? 'none'}
    >
      {mode && phase !== 'webxr' && phase !== 'qr' && (
        <button
          type="button"
          onClick={store.tap}
          onPointerEnter={mode === 'webxr' ? preloadWebXr : undefined}
          disabled={phase === 'preparing'}
          data-vitrine-ar-button={mode}
          aria-describedby={`${product.id}-ar-hint`}
          className="vitrine-button"
        >
          {phase === 'preparing' ? strings.preparingUsdz : strings.button(mode, product.placement)}
        </button>
      )}
      <VitrineStyles />
      {mode && (
        <small id={`${product.id}-ar-hint`} className="vitrine-hint">
          {strings.buttonHint(mode)}
        </small>
      )}
      {message && (
        <p role="alert" data-vitrine-ar-error>
          {message}
        </p>
      )}
      {modes !== null && modes.length === 0 && (
        <p data-vitrine-ar-unsupported style={{ opacity: 0.75 }}>
          {strings.unsupported}
        </p>
      )}
      {phase === 'qr' && (
        <QrHandoff
          url={qrUrl}
          strings={strings}
          onClose={() => store.exit('qr')}
          onError={(detail) => store.fail('qr', 'qr-failed', detail)}
        />
      )}
      {phase === 'webxr' && (
        <Suspense fallback={<p role="status">{strings.starting}</p>}>
          <WebXrSession
            product={product}
            variantId={variantId}
            onVariant={chooseVariant}
            lifecycle={lifecycle}
            strings={strings}
            allowScaling={Boolean(props.allowScaling)}
            hintAfterMs={props.searchHintAfterMs}
            onStatus={store.presenting}
            onClosed={() => store.exit('webxr')}
            onFailed={(reason, detail) => store.fail('webxr', reason, detail)}
            onAddToCart={props.onAddToCart}
            onAskAbout={props.onAskAbout}
            inSession={props.inSession}
          />
        </Suspense>
      )}
      <a ref={anchor} hidden data-vitrine-native-link="" aria-hidden>
        <img alt="" />
      </a>
    </div>
  )
}

function preloadWebXr() {
  void import('./webxr/WebXrSession')
}
