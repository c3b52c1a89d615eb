import {
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type Ref,
} from 'react'
import type { TrackInput } from '../events/types'
import { parseProduct, type ProductSource, type Shade } from '../product'
import { useEmit } from '../react/useEmit'
import { VitrineStyles } from '../ui/styles'
import { CompareOverlay } from './CompareOverlay'
import { prefetchWhenIdle } from './prefetch'
import { StatusPanel } from './StatusPanel'
import { TRYON_TEXT, type TryOnStrings } from './strings'
import { suggestionsFor } from './suggestions'
import { TryOnError } from './TryOnError'
import { createTryOnHandle, type LipTryOnHandle } from './tryOnHandle'
import { TryOnSession } from './tryOnSession'
import {
  createTryOnStore,
  initialTryOnState,
  isTracking,
  showsPicture,
  vitrineStateOf,
  type TryOnStore,
} from './tryOnStore'
import { TryOnStyles } from './tryonStyles'
import { TryOnTools } from './TryOnTools'
import { useLatest } from '../react/useLatest'

export { TryOnError, type TryOnErrorCode } from './TryOnError'
export type { LipTryOnHandle } from './tryOnHandle'

/** Props of `<LipTryOn>`, the lipstick try-on on the shopper's own lips (camera or photo). */
export interface LipTryOnProps {
  /** A lipstick product (parsed, or raw catalogue JSON: a bad manifest shows a message). */
  product: ProductSource
  /** Id of the shade to start with; default: the first shade. */
  shade?: string
  /** Start in photo mode on this image (a URL or a Blob) instead of asking for the camera. */
  photo?: string | Blob
  /** Show the built-in swatches, intensity, compare and snapshot tools (default true). Set false when the page drives `shade` itself. */
  controls?: boolean
  /** Start with the before/after divider at this position (0..1 across the image); default: off. */
  initialCompare?: number
  /** Shades to suggest from; default: the product's own shades. */
  catalogue?: Shade[]
  /** Base URL where the store hosts the face model files itself; default: the copies bundled from the package. */
  assetBase?: string
  /** Replace any of the texts (translation, tone of voice); the rest stay as in TRYON_TEXT. */
  strings?: Partial<TryOnStrings>
  /**
   * Suggest shades from the shopper's own lip and skin colour, read on the device (default true).
   * The shopper can still turn it off; false starts with it off.
   */
  toneSuggestions?: boolean
  /** Receives every try-on event (also sent to the VitrineProvider's tracker). */
  onEvent?: (event: TrackInput) => void
  /** Called when the product is invalid, the camera is refused or missing, or try-on fails. */
  onError?: (error: TryOnError) => void
  /** The store to keep the try-on's state in, when the page reads it too (a co-view shares the intensity). */
  store?: TryOnStore
  className?: string
  style?: CSSProperties
  /** `snapshot()` and `stop()` (the React 19 `ref` prop; tests read state through vitrine/testing). */
  ref?: Ref<LipTryOnHandle>
}

/**
 * Lipstick try-on on the shopper's own lips, with the front camera or a photo.
 * Camera frames, face landmarks and the colours read from them stay on the device.
 * State lives in a TryOnStore the controller writes, behaviour in a TryOnSession;
 * this component selects from the store and renders.
 */
export function LipTryOn(props: LipTryOnProps) {
  const { shade: shadeProp, photo, catalogue, assetBase, onError, className, style, controls = true } = props
  const parsed = useMemo(() => parseProduct(props.product), [props.product])
  const product = parsed.ok ? parsed.product : null
  const emit = useEmit(product?.id ?? 'unknown', 'tryon', props.onEvent)
  const shades = useMemo(() => product?.shades ?? [], [product])
  const text = useMemo<TryOnStrings>(() => ({ ...TRYON_TEXT, ...props.strings }), [props.strings])
  const onErrorRef = useLatest(onError)

  const [store] = useState(() => {
    const initial = {
      shadeId: shadeProp ?? shades[0]?.id,
      split: Math.min(1, Math.max(0, props.initialCompare ?? 0)),
      toneSuggestions: props.toneSuggestions ?? true,
    }
    // A page's store starts each try-on afresh, as an own one would.
    props.store?.setState(initialTryOnState(initial))
    return props.store ?? createTryOnStore(initial)
  })
  const [session] = useState(() => new TryOnSession({ store, emit, onError: (e) => onErrorRef.current?.(e) }))
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState)
  const { status, mode, imageSize, shadeId, intensity, split } = state
  const shade = shades.find((s) => s.id === shadeId) ?? shades[0] ?? null
  const stageRef = useRef<HTMLDivElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (shadeProp) store.setState({ shadeId: shadeProp })
  }, [shadeProp, store])
  // One controller per mounted component; its canvas lives in the stage.
  useEffect(() => session.connect(stageRef.current, assetBase), [session, assetBase])
  // A lipstick page: fetch the model ahead, only on an unmetered connection with Save-Data off.
  useEffect(() => (product ? prefetchWhenIdle(assetBase) : undefined), [assetBase, product])
  useEffect(() => {
    if (!parsed.ok) onErrorRef.current?.(new TryOnError('bad-product', parsed.error.message))
  }, [onErrorRef, parsed])
  useEffect(() => session.showView({ shade, intensity, split }), [session, shade, intensity, split, status])
  const hasProduct = !!product
  useEffect(() => {
    if (photo && hasProduct) session.startPhoto(photo)
  }, [photo, hasProduct, session])
  useEffect(() => () => session.end(), [session])
  useImperativeHandle(props.ref, () => createTryOnHandle(session, store), [session, store])

  const suggestions = useMemo(
    () =>
      suggestionsFor({
        triedIds: state.tried,
        catalogue: catalogue ?? shades,
        shades,
        tones: state.tones,
        toneSuggestions: state.toneSuggestions,
        text,
      }),
    [state.tried, catalogue, shades, state.tones, state.toneSuggestions, text],
  )

  const rootClass = ['vitrine-root', 'vitrine-tryon', className].filter(Boolean).join(' ')
  if (!product) {
    return (
      <div className={rootClass} style={style} data-vitrine-state="error" data-tryon-status="error">
        <VitrineStyles />
        <TryOnStyles />
        <div className="vitrine-tryon-stage">
          <div className="vitrine-panel" role="alert">
            <h3>{text.invalidProduct}</h3>
            <p>{parsed.ok ? '' : parsed.error.message}</p>
          </div>
        </div>
      </div>
    )
  }

  const choosePhoto = () => fileRef.current?.click()
  return (
    <div
      className={rootClass}
      style={style}
      data-vitrine-state={vitrineStateOf(status)}
      data-tryon-status={status}
      data-tryon-mode={mode ?? undefined}
      data-tryon-preview={state.previewing || undefined}
    >
      <VitrineStyles />
      <TryOnStyles />
      {/* The stage takes the picture's shape, so a portrait selfie is not letterboxed into 4:3. */}
      <div
        className="vitrine-tryon-stage"
        ref={stageRef}
        style={showsPicture(state) ? { aspectRatio: `${imageSize.w} / ${imageSize.h}` } : undefined}
      >
        {isTracking(status) && split > 0 && (
          <CompareOverlay session={session} split={split} imageSize={imageSize} text={text} />
        )}
        <StatusPanel
          status={shades.length ? status : 'error'}
          mode={mode}
          problem={state.problem}
          message={shades.length ? state.message : text.noShades}
          productName={product.name}
          resumed={session.cameraWasOn}
          progress={state.progress}
          previewing={state.previewing}
          text={text}
          onStartCamera={() => session.startCamera()}
          onChoosePhoto={choosePhoto}
          onCancel={() => session.cancel()}
        />
        <input
          ref={fileRef}
          className="vitrine-tryon-file"
          type="file"
          accept="image/*"
          capture="user"
          tabIndex={-1}
          aria-hidden
          data-testid="tryon-photo-input"
          onChange={(e) => session.pickPhoto(e.currentTarget)}
        />
      </div>
      {controls && (
        <TryOnTools
          session={session}
          state={state}
          shades={shades}
          shade={shade}
          suggestions={suggestions}
          text={text}
          snapshotName={`${product.id}-${shade?.id ?? 'shade'}`}
          onChoosePhoto={choosePhoto}
        />
      )}
    </div>
  )
}
