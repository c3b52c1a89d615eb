import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type Ref,
} from 'react'
import type { ProductSource } from '../product'
import type { TrackInput } from '../events/types'
import { useEmit } from '../react/useEmit'
import { useProduct } from '../react/useProduct'
import { VitrineStyles } from '../ui/styles'
import { ProgressBar } from '../ui/ProgressBar'
import { ErrorPanel } from '../ui/ErrorPanel'
import { Placeholder } from '../ui/Placeholder'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { mergeStrings, type ViewerStrings } from '../ui/strings'
import { ViewerError, type EnvironmentSource } from '../model'
import { useNearViewport } from './useNearViewport'
import type { StageApi } from './stage/stageApi'
import { ViewerOverlays } from './overlays/ViewerOverlays'
import type { OverlayStrings } from './overlays/overlayStrings'
import { ViewerToolbar } from './ViewerToolbar'
import type { InteractionKind } from './controls/orbitRig'
import { registerViewer, type ContextMode } from './shared/contextMode'
import { createViewerStore } from './store/createViewerStore'
import { progressStep, showsCanvas, shownPhase, wantsContext } from './store/selectors'
import { shouldLoad, type LoadPolicy } from './behaviour/loadPolicy'
import { applyViewerKey } from './behaviour/keyboardMap'
import { createInteractionThrottle } from './behaviour/interactionThrottle'
import { errorMessage, toStageError } from './behaviour/errorMessage'
import { useContextSlot } from './hooks/useContextSlot'
import { useDownloadProgress } from './hooks/useDownloadProgress'
import { useViewAnnouncer } from './hooks/useViewAnnouncer'
import { useTextureWarning } from './hooks/useTextureWarning'
import { shareView } from './behaviour/shareView'
import { defaultUnit, prefersReducedMotion } from './behaviour/shopperPreferences'
import { useViewerHandle, type ProductViewerHandle } from './hooks/useViewerHandle'
import { useLatest } from '../react/useLatest'

export type { ProductViewerHandle } from './hooks/useViewerHandle'

const ViewerCanvas = lazy(() => import('./ViewerCanvas'))
const SharedViewerCanvas = lazy(() => import('./shared/SharedViewerCanvas'))

/** Props of `<ProductViewer>`, the inline 3D viewer. */
export interface ProductViewerProps {
  /** The product manifest: a parsed `Product` or raw catalogue JSON (validated; a bad one shows its error). */
  product: ProductSource
  /** Manifest variant id to show (controlled). Maps to the model's KHR_materials_variants name. */
  variant?: string
  /**
   * When heavy work starts. `lazy` (default): when the viewer comes near the viewport.
   * `eager`: at once. `interaction`: only after the shopper taps "View in 3D" (listing pages, data saver).
   */
  loading?: LoadPolicy
  /** Lighting: `'room'` (procedural, no download; default) or the URL of an equirectangular `.hdr`. */
  environment?: EnvironmentSource
  /** Turn slowly until the shopper interacts. Ignored when the shopper prefers reduced motion. */
  autoRotate?: boolean
  /**
   * Where the 3D view draws. `auto` (default): through the page's one shared WebGL context when more than one viewer
   * is on the page (listings), else its own. `shared` / `own` force either; `own` views count against the page's
   * context budget (`setMaxLiveViewers`).
   */
  context?: ContextMode
  /** Upper bound for the device pixel ratio (default 2): lower it to save battery on weak phones. */
  maxPixelRatio?: number
  /** Replace any shopper-facing text (i18n). */
  strings?: Partial<ViewerStrings>
  /** Replace the text of the dimension and hotspot overlays (i18n). */
  overlayStrings?: Partial<OverlayStrings>
  /** Locale for numbers in dimension labels; default: the browser's. */
  locale?: string
  /**
   * Every event this viewer emits: `preview_shown`, `model_loaded` (load_ms), `model_failed` (reason),
   * `viewer_interaction` (kind), `dimensions_toggled`, `hotspot_opened`, `snapshot_taken`, `resolution_changed` (scale).
   */
  onEvent?: (event: TrackInput) => void
  /** Typed errors: not-found, network, corrupt, unsupported, webgl-unavailable, webgl-context-lost, bad-product. */
  onError?: (error: ViewerError) => void
  /** Show width, height and depth lines on the model (controlled). Leave out to let the shopper toggle them. */
  dimensions?: boolean
  /** Units for dimension labels. Default: from the shopper's locale (inches in the US). */
  unit?: 'metric' | 'imperial'
  /** Called when the model is on screen, with its size in metres. */
  onReady?: (info: { size: [number, number, number]; variantNames: string[] }) => void
  className?: string
  style?: CSSProperties
  ref?: Ref<ProductViewerHandle>
}

/**
 * The inline 3D viewer. Shows the poster (or a light placeholder) at once,
 * loads the 3D engine and the model only when needed with a real progress bar,
 * and never throws into the page: every failure becomes a message with a retry.
 * Its state lives in a plain store (store/createViewerStore.ts); this component
 * selects from it and renders.
 */
export function ProductViewer(props: ProductViewerProps) {
  const { product, error: productError } = useProduct(props.product)
  const strings = useMemo(() => mergeStrings(props.strings), [props.strings])
  const [store] = useState(createViewerStore)
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState)
  const rootRef = useRef<HTMLDivElement>(null)
  const api = useRef<StageApi | null>(null)
  const [stage, setStage] = useState<StageApi | null>(null)
  const [ownDimensions, setOwnDimensions] = useState(false)
  const showDimensions = props.dimensions ?? ownDimensions
  const emit = useEmit(product?.id ?? 'unknown', 'viewer', props.onEvent)
  const onErrorRef = useLatest(props.onError)
  const onReadyRef = useLatest(props.onReady)
  const hasModel = !!product?.model
  const src = product?.model?.src

  const loading = props.loading ?? 'lazy'
  const visible = useNearViewport(rootRef, true, '0px')
  const near = useNearViewport(rootRef, loading === 'lazy')
  const wanted = shouldLoad(loading, hasModel, near, state.tapped)

  const variant = product?.variants.find((v) => v.id === props.variant)
  const variantName = variant ? (variant.gltfVariant ?? variant.name) : undefined
  const ids = useMemo(() => ({ variantId: variant?.id }), [variant?.id])

  const fail = useCallback(
    (error: ViewerError) => {
      store.dispatch({ type: 'fail', error })
      emit('model_failed', { reason: error.code }, ids)
      try {
        onErrorRef.current?.(error)
      } catch (err) {
        console.error('[vitrine] onError handler threw', err)
      }
    },
    [store, emit, ids, onErrorRef],
  )

  useEffect(() => {
    if (productError) fail(new ViewerError('bad-product', productError.message))
  }, [productError, fail])
  useEffect(() => {
    if (wanted) store.dispatch({ type: 'start' })
  }, [store, wanted])
  useDownloadProgress(store, state.phase === 'loading', state.attempt, src)
  useEffect(registerViewer, [])

  useEffect(() => {
    if (visible && product) emit('preview_shown', { has_model: !!product.model }, ids)
    // Once per product shown, not per variant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, product?.id])

  const step = progressStep(state)
  useEffect(() => {
    if (state.phase === 'loading' && state.downloading) store.set({ announcement: strings.loadingModel(step) })
  }, [store, state.phase, state.downloading, step, strings])

  // A lost GPU context is restored by building a fresh 3D view, without a reload.
  useEffect(() => {
    if (state.error?.code !== 'webgl-context-lost') return
    const timer = setTimeout(() => store.dispatch({ type: 'retry' }), 600)
    return () => clearTimeout(timer)
  }, [store, state.error])

  const retry = useCallback(() => store.dispatch({ type: 'retry' }), [store])

  const onTextureFailures = useTextureWarning(store, product, src, emit, ids)

  const { slot, askedByShopper } = useContextSlot(
    store,
    wantsContext(state, hasModel),
    state.attempt,
    props.context ?? 'auto',
    api,
    () => {
      api.current = null
      setStage(null)
    },
  )
  useEffect(
    () => () => {
      if (state.frozenPoster) URL.revokeObjectURL(state.frozenPoster)
    },
    [state.frozenPoster],
  )
  const askFor3d = () => {
    askedByShopper.current = true
    store.set({ tapped: true })
    if (store.getState().slot === 'waiting') {
      store.set({ slot: 'none' })
      store.dispatch({ type: 'retry' })
    } else store.dispatch({ type: 'start' })
  }

  useViewerHandle(props.ref, api, retry, store)

  const [allowInteraction] = useState(() => createInteractionThrottle(1000))
  const onInteraction = useCallback(
    (kind: InteractionKind) => {
      store.set({ prompted: false })
      slot.current?.touch()
      if (allowInteraction()) emit('viewer_interaction', { kind }, ids)
    },
    [store, slot, allowInteraction, emit, ids],
  )
  const onViewChange = useViewAnnouncer(store, api, strings)

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!api.current || !applyViewerKey(event.key, api.current)) return
    event.preventDefault()
    onInteraction('keyboard')
  }

  const showCanvas = showsCanvas(state, hasModel, !!api.current)
  const phase = shownPhase(state)
  const message = errorMessage(state.error, strings, productError?.message)
  const Canvas3d = state.mode === 'shared' ? SharedViewerCanvas : ViewerCanvas

  return (
    <div
      ref={rootRef}
      className={['vitrine-root', props.className].filter(Boolean).join(' ')}
      style={props.style}
      data-vitrine-state={phase}
      data-vitrine-error={state.error?.code}
      data-vitrine-warning={state.texturesFailed ? 'texture' : undefined}
    >
      <VitrineStyles />
      {product?.model?.poster ? (
        <img className="vitrine-poster" src={product.model.poster} alt="" decoding="async" />
      ) : (
        phase !== 'ready' && <Placeholder />
      )}
      {showCanvas && state.error?.code !== 'webgl-context-lost' && (
        <div
          className="vitrine-stage"
          tabIndex={0}
          role="img"
          aria-roledescription="3D model"
          aria-label={product!.model!.alt}
          onKeyDown={onKeyDown}
          onPointerDown={() => store.set({ prompted: false })}
        >
          <ErrorBoundary
            key={state.attempt}
            onError={(err) =>
              fail(
                err instanceof ViewerError
                  ? err
                  : toStageError(err, (code, text) => new ViewerError(code, text, undefined, { cause: err })),
              )
            }
          >
            <Suspense fallback={null}>
              <Canvas3d
                key={state.attempt}
                src={product!.model!.src}
                variantName={variantName}
                environment={props.environment ?? 'room'}
                autoRotate={!!props.autoRotate && !prefersReducedMotion()}
                maxDpr={props.maxPixelRatio ?? 2}
                onReady={({ loadMs, size, variantNames, api: live }) => {
                  api.current = live
                  setStage(live)
                  store.dispatch({ type: 'ready' })
                  store.set({ announcement: strings.loaded(product!.name) })
                  emit('model_loaded', { load_ms: Math.round(loadMs) }, ids)
                  onReadyRef.current?.({ size, variantNames })
                }}
                onError={(error) => {
                  api.current = null
                  setStage(null)
                  fail(error)
                }}
                onContextLost={() => {
                  api.current = null
                  setStage(null)
                  fail(new ViewerError('webgl-context-lost', 'The browser took the GPU context away.'))
                }}
                onInteraction={onInteraction}
                onTextureFailures={onTextureFailures}
                onViewChange={onViewChange}
                onResolutionChange={(scale) => emit('resolution_changed', { scale }, ids)}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
      {phase === 'ready' && stage && product && (
        <ViewerOverlays
          api={stage}
          version={state.viewVersion}
          product={product}
          showDimensions={showDimensions}
          unit={props.unit ?? defaultUnit()}
          emit={emit}
          strings={props.overlayStrings}
          locale={props.locale}
          store={store}
        />
      )}
      {phase === 'ready' && stage && product?.model && (
        <ViewerToolbar
          strings={strings}
          dimensions={
            props.dimensions === undefined
              ? {
                  on: ownDimensions,
                  toggle: () => {
                    setOwnDimensions(!ownDimensions)
                    emit('dimensions_toggled', { shown: !ownDimensions }, ids)
                  },
                }
              : undefined
          }
          share={() => shareView(stage, product, strings, emit, ids)}
        />
      )}
      {phase === 'loading' && (
        <ProgressBar
          value={state.downloading ? state.progress : undefined}
          label={state.downloading ? strings.loadingModel(step) : strings.loadingViewer}
        />
      )}
      {state.frozenPoster && phase !== 'ready' && <img className="vitrine-poster" src={state.frozenPoster} alt="" />}
      {phase === 'idle' &&
        (loading === 'interaction' || state.slot === 'waiting' || state.frozenPoster) &&
        hasModel && (
          <div className="vitrine-panel" style={{ background: 'transparent' }}>
            <button type="button" className="vitrine-button" onClick={askFor3d}>
              {strings.tapToView}
            </button>
          </div>
        )}
      {phase === 'ready' && state.texturesFailed && (
        <p className="vitrine-notice" role="note">
          {strings.texturesFailed}
        </p>
      )}
      {phase === 'ready' && state.prompted && (
        <div className="vitrine-prompt" aria-hidden>
          {strings.interactionPrompt}
        </div>
      )}
      {phase === 'error' && message && (
        <ErrorPanel
          message={message}
          retryLabel={strings.retry}
          onRetry={state.error?.code === 'bad-product' ? undefined : retry}
        />
      )}
      <div className="vitrine-sr" aria-live="polite" role="status">
        {state.announcement}
      </div>
    </div>
  )
}
