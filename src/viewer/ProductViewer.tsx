import { lazy, Suspense, useCallback, useEffect, useImperativeHandle, useMemo, useReducer, useRef, useState, type CSSProperties, type Ref } from 'react'
import type { ProductSource } from '../product'
import type { TrackInput } from '../events/types'
import { useEmit } from '../react/useEmit'
import { VitrineStyles } from '../ui/styles'
import { ProgressBar } from '../ui/ProgressBar'
import { ErrorPanel } from '../ui/ErrorPanel'
import { Placeholder } from '../ui/Placeholder'
import { ErrorBoundary } from '../ui/ErrorBoundary'
import { mergeStrings, type ViewerStrings } from '../ui/strings'
import { downloadModel, ViewerError, type EnvironmentSource } from '../model'
import { initialViewerState, viewerReducer } from './viewerState'
import { useNearViewport } from './useNearViewport'
import { useProduct } from '../react/useProduct'
import { describeView } from './describeView'
import { getContextBudget, type ContextSlot } from './contextBudget'
import type { StageApi } from './ModelStage'
import { ViewerOverlays } from './overlays/ViewerOverlays'
import type { OverlayStrings } from './overlays/overlayStrings'
import { ViewerToolbar } from './ViewerToolbar'
import { shareSnapshot } from './shareSnapshot'
import type { SnapshotOptions } from './snapshot'
import type { InteractionKind } from './controls/orbitRig'

const ViewerCanvas = lazy(() => import('./ViewerCanvas'))

/** Imperative access through `ref`. */
export interface ProductViewerHandle {
  /** A PNG or JPEG of what the shopper sees, at the chosen size. Rejects before the model is shown. */
  snapshot(options?: SnapshotOptions): Promise<Blob>
  /** Starts loading again after an error. */
  retry(): void
  /** Renderer counters (frames drawn, live geometries and textures), or null before the 3D view exists. */
  stats(): ReturnType<StageApi['stats']> | null
  /** The model's size as shown, in metres [width, height, depth], or null before it is shown. */
  modelSize(): [number, number, number] | null
  /**
   * The camera around the model (degrees; zoom 1 = framed, 2 = twice as close), or null before it is shown.
   * With `to`, turns the camera there first (clamped to the viewer's limits): a shared view follows it.
   */
  orbit(to?: { azimuthDeg: number; elevationDeg: number; zoom: number }): { azimuthDeg: number; elevationDeg: number; zoom: number } | null
}

export interface ProductViewerProps {
  /** The product manifest: a parsed `Product` or raw catalogue JSON (validated; a bad one shows its error). */
  product: ProductSource
  /** Manifest variant id to show (controlled). Maps to the model's KHR_materials_variants name. */
  variant?: string
  /**
   * When heavy work starts. `lazy` (default): when the viewer comes near the viewport.
   * `eager`: at once. `interaction`: only after the shopper taps "View in 3D" (listing pages, data saver).
   */
  loading?: 'lazy' | 'eager' | 'interaction'
  /** Lighting: `'room'` (procedural, no download; default) or the URL of an equirectangular `.hdr`. */
  environment?: EnvironmentSource
  /** Turn slowly until the shopper interacts. Ignored when the shopper prefers reduced motion. */
  autoRotate?: boolean
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
 */
export function ProductViewer(props: ProductViewerProps) {
  const { product, error: productError } = useProduct(props.product)
  const strings = useMemo(() => mergeStrings(props.strings), [props.strings])
  const [state, dispatch] = useReducer(viewerReducer, initialViewerState)
  const [tapped, setTapped] = useState(false)
  const [prompted, setPrompted] = useState(true)
  const [announcement, setAnnouncement] = useState('')
  const rootRef = useRef<HTMLDivElement>(null)
  const api = useRef<StageApi | null>(null)
  const [stage, setStage] = useState<StageApi | null>(null)
  const [viewVersion, bumpView] = useReducer((n: number) => n + 1, 0)
  const [ownDimensions, setOwnDimensions] = useState(false)
  const showDimensions = props.dimensions ?? ownDimensions
  const emit = useEmit(product?.id ?? 'unknown', 'viewer', props.onEvent)
  const onErrorRef = useRef(props.onError)
  onErrorRef.current = props.onError
  const onReadyRef = useRef(props.onReady)
  onReadyRef.current = props.onReady

  const loading = props.loading ?? 'lazy'
  const visible = useNearViewport(rootRef, true, '0px')
  const near = useNearViewport(rootRef, loading === 'lazy')
  const wanted = !!product?.model && (loading === 'eager' || (loading === 'lazy' && near) || (loading === 'interaction' && tapped))

  const variant = product?.variants.find((v) => v.id === props.variant)
  const variantName = variant ? (variant.gltfVariant ?? variant.name) : undefined
  const ids = useMemo(() => ({ variantId: variant?.id }), [variant?.id])

  const fail = useCallback((error: ViewerError) => {
    dispatch({ type: 'fail', error })
    emit('model_failed', { reason: error.code }, ids)
    try { onErrorRef.current?.(error) } catch (err) { console.error('[vitrine] onError handler threw', err) }
  }, [emit, ids])

  useEffect(() => {
    if (productError) fail(new ViewerError('bad-product', productError.message))
  }, [productError, fail])

  useEffect(() => { if (wanted) dispatch({ type: 'start' }) }, [wanted])

  // The model downloads in parallel with the 3D engine's code, with real progress.
  const src = product?.model?.src
  useEffect(() => {
    if (state.phase !== 'loading' || !src) return
    let current = true
    downloadModel(src, (loaded, total) => { if (current) dispatch({ type: 'progress', loaded, total }) }).catch(() => {
      // The 3D view reports the failure with its typed error; nothing to do here.
    })
    return () => { current = false }
  }, [state.phase, state.attempt, src])

  useEffect(() => {
    if (visible && product) emit('preview_shown', { has_model: !!product.model }, ids)
    // Once per product shown, not per variant.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, product?.id])

  // Announce loading in 20% steps, not every chunk.
  const step = state.progress === undefined ? undefined : Math.floor(state.progress * 5) * 20
  useEffect(() => {
    if (state.phase === 'loading' && state.downloading) setAnnouncement(strings.loadingModel(step))
  }, [state.phase, state.downloading, step, strings])

  // A lost GPU context is restored by building a fresh 3D view, without a reload.
  useEffect(() => {
    if (state.error?.code !== 'webgl-context-lost') return
    const timer = setTimeout(() => dispatch({ type: 'retry' }), 600)
    return () => clearTimeout(timer)
  }, [state.error])

  const retry = useCallback(() => dispatch({ type: 'retry' }), [])

  // A live 3D view needs a slot from the page's WebGL context budget.
  const [slot, setSlot] = useState<'none' | 'waiting' | 'held'>('none')
  const [frozenPoster, setFrozenPoster] = useState<string>()
  const slotRef = useRef<ContextSlot | null>(null)
  const userAsked = useRef(false)
  const wantsContext = !!product?.model && (state.phase === 'loading' || state.phase === 'ready' || state.error?.code === 'webgl-context-lost')
  useEffect(() => {
    if (!wantsContext) return
    let granted = false
    const priority = userAsked.current ? 'user' : 'auto'
    userAsked.current = false
    const cancel = getContextBudget().request(priority, (s) => {
      granted = true
      slotRef.current = s
      setSlot('held')
    }, () => {
      // Another viewer took our slot: keep the current frame as the poster and step back.
      const stage = api.current
      stage?.snapshot({ type: 'image/webp', quality: 0.85 }).then((blob) => setFrozenPoster(URL.createObjectURL(blob)), () => {})
      api.current = null
      setStage(null)
      slotRef.current = null
      setSlot('none')
      dispatch({ type: 'suspend' })
    })
    if (!granted) setSlot('waiting')
    return () => { cancel(); slotRef.current = null }
  }, [wantsContext, state.attempt])
  useEffect(() => () => { if (frozenPoster) URL.revokeObjectURL(frozenPoster) }, [frozenPoster])
  const askFor3d = () => {
    userAsked.current = true
    setTapped(true)
    if (slot === 'waiting') { setSlot('none'); dispatch({ type: 'retry' }) }
    else dispatch({ type: 'start' })
  }

  useImperativeHandle(props.ref, () => ({
    snapshot: (options) => api.current ? api.current.snapshot(options) : Promise.reject(new Error('The 3D view is not ready yet: wait for onReady.')),
    retry,
    stats: () => api.current?.stats() ?? null,
    modelSize: () => api.current?.size() ?? null,
    orbit: (to) => {
      const stage = api.current
      if (!stage) return null
      if (to) {
        const now = stage.view()
        stage.rotate(((((to.azimuthDeg - now.azimuthDeg + 180) % 360) + 360) % 360) - 180, to.elevationDeg - now.elevationDeg)
        if (to.zoom > 0) stage.zoom(now.zoom / to.zoom)
      }
      return stage.view()
    },
  }), [retry])

  const interacted = useRef(Number.NEGATIVE_INFINITY)
  const onInteraction = useCallback((kind: InteractionKind) => {
    setPrompted(false)
    slotRef.current?.touch()
    const now = performance.now()
    if (now - interacted.current < 1000) return
    interacted.current = now
    emit('viewer_interaction', { kind }, ids)
  }, [emit, ids])

  const announceView = useRef<ReturnType<typeof setTimeout>>(undefined)
  const viewFrame = useRef(0)
  const onViewChange = useCallback(() => {
    if (!viewFrame.current) viewFrame.current = requestAnimationFrame(() => { viewFrame.current = 0; bumpView() })
    clearTimeout(announceView.current)
    announceView.current = setTimeout(() => {
      const view = api.current?.view()
      if (view) setAnnouncement(strings.viewing(describeView(view.azimuthDeg, view.elevationDeg)))
    }, 700)
  }, [strings])
  useEffect(() => () => { clearTimeout(announceView.current); cancelAnimationFrame(viewFrame.current) }, [])

  const onKeyDown = (event: React.KeyboardEvent) => {
    const stage = api.current
    if (!stage) return
    const moves: Record<string, () => void> = {
      ArrowLeft: () => stage.rotate(-15, 0), ArrowRight: () => stage.rotate(15, 0),
      ArrowUp: () => stage.rotate(0, 10), ArrowDown: () => stage.rotate(0, -10),
      '+': () => stage.zoom(0.85), '=': () => stage.zoom(0.85), '-': () => stage.zoom(1 / 0.85), _: () => stage.zoom(1 / 0.85),
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    move()
    onInteraction('keyboard')
  }

  const showCanvas = slot === 'held' && !!product?.model && state.phase !== 'idle' && !(state.phase === 'error' && state.error?.code !== 'webgl-context-lost' && !api.current)
  // Waiting for a 3D slot looks, to the shopper, like a poster with "View in 3D".
  const phase = slot === 'waiting' && state.phase === 'loading' ? 'idle' : state.phase
  const errorMessage = state.error
    ? state.error.code === 'bad-product' ? `${strings.errors['bad-product']} (${productError?.message})`
      : state.error.code === 'webgl-context-lost' ? strings.restoring
        : strings.errors[state.error.code]
    : undefined

  return (
    <div
      ref={rootRef}
      className={['vitrine-root', props.className].filter(Boolean).join(' ')}
      style={props.style}
      data-vitrine-state={phase}
      data-vitrine-error={state.error?.code}
    >
      <VitrineStyles />
      {product?.model?.poster
        ? <img className="vitrine-poster" src={product.model.poster} alt="" decoding="async" />
        : phase !== 'ready' && <Placeholder />}
      {showCanvas && state.error?.code !== 'webgl-context-lost' && (
        <div
          className="vitrine-stage"
          tabIndex={0}
          role="img"
          aria-roledescription="3D model"
          aria-label={product.model!.alt}
          onKeyDown={onKeyDown}
          onPointerDown={() => setPrompted(false)}
        >
          <ErrorBoundary key={state.attempt} onError={(err) => fail(err instanceof ViewerError ? err : new ViewerError(/webgl|context/i.test(String(err)) ? 'webgl-unavailable' : 'network', String((err as Error)?.message ?? err), undefined, { cause: err }))}>
            <Suspense fallback={null}>
              <ViewerCanvas
                key={state.attempt}
                src={product.model!.src}
                variantName={variantName}
                environment={props.environment ?? 'room'}
                autoRotate={!!props.autoRotate && !prefersReducedMotion()}
                maxDpr={props.maxPixelRatio ?? 2}
                onReady={({ loadMs, size, variantNames, api: stage }) => {
                  api.current = stage
                  setStage(stage)
                  dispatch({ type: 'ready' })
                  setAnnouncement(strings.loaded(product.name))
                  emit('model_loaded', { load_ms: Math.round(loadMs) }, ids)
                  onReadyRef.current?.({ size, variantNames })
                }}
                onError={(error) => { api.current = null; setStage(null); fail(error) }}
                onContextLost={() => { api.current = null; setStage(null); fail(new ViewerError('webgl-context-lost', 'The browser took the GPU context away.')) }}
                onInteraction={onInteraction}
                onViewChange={onViewChange}
                onResolutionChange={(scale) => emit('resolution_changed', { scale }, ids)}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
      {phase === 'ready' && stage && product && (
        <ViewerOverlays api={stage} version={viewVersion} product={product} showDimensions={showDimensions}
          unit={props.unit ?? defaultUnit()} emit={emit} strings={props.overlayStrings} locale={props.locale} />
      )}
      {phase === 'ready' && stage && product?.model && (
        <ViewerToolbar
          strings={strings}
          dimensions={props.dimensions === undefined ? { on: ownDimensions, toggle: () => { setOwnDimensions(!ownDimensions); emit('dimensions_toggled', { shown: !ownDimensions }, ids) } } : undefined}
          share={() => shareSnapshot(stage, product, strings, () => {}).then((m) => { if (m !== 'cancelled') emit('snapshot_taken', { method: m === 'shared' ? 'share' : 'download' }, ids) })}
        />
      )}
      {phase === 'loading' && (
        <ProgressBar value={state.downloading ? state.progress : undefined} label={state.downloading ? strings.loadingModel(step) : strings.loadingViewer} />
      )}
      {frozenPoster && phase !== 'ready' && <img className="vitrine-poster" src={frozenPoster} alt="" />}
      {phase === 'idle' && (loading === 'interaction' || slot === 'waiting' || frozenPoster) && product?.model && (
        <div className="vitrine-panel" style={{ background: 'transparent' }}>
          <button type="button" className="vitrine-button" onClick={askFor3d}>{strings.tapToView}</button>
        </div>
      )}
      {phase === 'ready' && prompted && <div className="vitrine-prompt" aria-hidden>{strings.interactionPrompt}</div>}
      {phase === 'error' && errorMessage && (
        <ErrorPanel message={errorMessage} retryLabel={strings.retry} onRetry={state.error?.code === 'bad-product' ? undefined : retry} />
      )}
      <div className="vitrine-sr" aria-live="polite" role="status">{announcement}</div>
    </div>
  )
}

function defaultUnit(): 'metric' | 'imperial' {
  const region = typeof navigator === 'undefined' ? '' : (navigator.language.split('-')[1] ?? '').toUpperCase()
  return ['US', 'LR', 'MM'].includes(region) ? 'imperial' : 'metric'
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
