import {
  forwardRef,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
} from 'react'
import type { TrackInput } from '../events/types'
import { parseProduct, type ProductSource, type Shade } from '../product'
import { useEmit, withIds } from '../react/useEmit'
import { VitrineStyles } from '../ui/styles'
import { TryOnError } from './TryOnError'

export { TryOnError, type TryOnErrorCode } from './TryOnError'
import type { LipContours } from './lipGeometry'
import { readPhotoFile } from './photo'
import { prefetchTryOn } from './prefetch'
import { shareOrDownload } from './shareSnapshot'
import { ShadePicker } from './ShadePicker'
import { SplitHandle } from './SplitHandle'
import { StatusPanel } from './StatusPanel'
import { TRYON_TEXT, type TryOnStrings } from './strings'
import { suggestForShopper } from './suggestions'
import { TryOnController, type TryOnStats } from './tryOnController'
import {
  createTryOnStore,
  initialTryOnState,
  type TryOnMode,
  type TryOnState,
  type TryOnStatus,
  type TryOnStore,
} from './tryOnStore'
import { TryOnStyles } from './tryonStyles'
import { currentTuning } from './tuning'

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
}

/** What a `ref` on `<LipTryOn>` can do. */
export interface LipTryOnHandle {
  /** A PNG of exactly what the shopper sees (shade, compare split and all). */
  snapshot(): Promise<Blob>
  /** Stops the camera (every track ends) without unmounting. */
  stop(): void
  /** Current state and the lip contours drawn last, for tests and tooling. Stays in memory, never sent. */
  inspect(): {
    status: TryOnStatus
    mode: TryOnMode | null
    lips: LipContours | null
    width: number
    height: number
    frameLatencies: number[]
    firstFaceMs: number | null
    firstPreviewMs: number | null
    stages: TryOnStats['stages']
    filesFromCache: number
    state: TryOnState
  }
}

const vitrineState = (s: TryOnStatus) =>
  s === 'idle' ? 'idle' : s === 'starting' ? 'loading' : s === 'error' ? 'error' : 'ready'

/**
 * Lipstick try-on on the shopper's own lips, with the front camera or a photo.
 * Camera frames, face landmarks and the colours read from them stay on the device.
 * State lives in a TryOnStore the controller writes; this component selects and renders.
 */
export const LipTryOn = forwardRef<LipTryOnHandle, LipTryOnProps>(function LipTryOn(props, ref) {
  const {
    shade: shadeProp,
    photo,
    catalogue,
    assetBase,
    onError,
    className,
    style,
    initialCompare,
    controls = true,
  } = props
  const parsed = useMemo(() => parseProduct(props.product), [props.product])
  const product = parsed.ok ? parsed.product : null
  const emit = useEmit(product?.id ?? 'unknown', 'tryon', props.onEvent)
  const shades = useMemo(() => product?.shades ?? [], [product])
  const text = useMemo<TryOnStrings>(() => ({ ...TRYON_TEXT, ...props.strings }), [props.strings])

  const [store] = useState(() => {
    const initial = {
      shadeId: shadeProp ?? shades[0]?.id,
      split: Math.min(1, Math.max(0, initialCompare ?? 0)),
      toneSuggestions: props.toneSuggestions ?? true,
    }
    // A page's store starts each try-on afresh, as an own one would.
    props.store?.setState(initialTryOnState(initial))
    return props.store ?? createTryOnStore(initial)
  })
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState)
  const {
    status,
    mode,
    problem,
    message,
    imageSize,
    progress,
    previewing,
    shadeId,
    intensity,
    split,
    tried,
    tones,
    toneSuggestions,
  } = state

  const stageRef = useRef<HTMLDivElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const controllerRef = useRef<TryOnController | null>(null)
  const session = useRef({ startedAt: 0, cameraWasOn: false })
  const onErrorRef = useRef(onError)
  onErrorRef.current = onError

  const shade = shades.find((s) => s.id === shadeId) ?? shades[0] ?? null

  useEffect(() => {
    if (shadeProp) store.setState({ shadeId: shadeProp })
  }, [shadeProp, store])

  // One controller per mounted component; its canvas lives in the stage.
  useEffect(() => {
    const controller = new TryOnController({
      assetBase,
      store,
      onStatus: (s, detail) => {
        if (s === 'denied') {
          onErrorRef.current?.(
            new TryOnError(detail.problem === 'no-camera' ? 'no-camera' : 'camera-denied', detail.message ?? ''),
          )
        } else if (s === 'error') onErrorRef.current?.(new TryOnError('tryon-failed', detail.message ?? ''))
      },
      onEvent: (name, p) => {
        if (name === 'tryon_started' && !session.current.startedAt) session.current.startedAt = performance.now()
        withIds(emit)(name, p)
      },
    })
    controllerRef.current = controller
    stageRef.current?.prepend(controller.renderer.canvas)
    controller.renderer.canvas.setAttribute('aria-hidden', 'true')
    // The camera's own image while the model loads (see TryOnController.startLive).
    controller.video.className = 'vitrine-tryon-preview'
    controller.video.setAttribute('aria-hidden', 'true')
    stageRef.current?.prepend(controller.video)
    return () => {
      controller.dispose()
      controller.renderer.canvas.remove()
      controller.video.remove()
      controllerRef.current = null
    }
  }, [assetBase, emit, store])

  // A lipstick page: fetch the model ahead, only on an unmetered connection with Save-Data off.
  useEffect(() => {
    if (!product || !currentTuning().prefetch) return
    const abort = new AbortController()
    const idle = (globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500))) as (
      cb: () => void,
    ) => number
    const id = idle(() => {
      void prefetchTryOn({ assetBase, signal: abort.signal })
    })
    return () => {
      abort.abort()
      ;(globalThis.cancelIdleCallback ?? clearTimeout)(id)
    }
  }, [assetBase, product])

  useEffect(() => {
    if (!parsed.ok) onErrorRef.current?.(new TryOnError('bad-product', parsed.error.message))
  }, [parsed])

  // The shopper's tries, for suggestions and for tryon_ended.
  useEffect(() => {
    if (status === 'tracking' && shade && !tried.includes(shade.id)) store.setState({ tried: [...tried, shade.id] })
  }, [status, shade, tried, store])

  useEffect(() => {
    controllerRef.current?.setView({ shade, intensity, split })
  }, [shade, intensity, split, status])

  // Shimmer twinkles on a still photo too.
  useEffect(() => {
    if (mode !== 'photo' || status !== 'tracking' || shade?.finish !== 'shimmer') return
    if (matchMedia?.('(prefers-reduced-motion: reduce)').matches) return
    const timer = setInterval(() => controllerRef.current?.redraw(performance.now()), 150)
    return () => clearInterval(timer)
  }, [mode, status, shade])

  const startCamera = useCallback(() => {
    session.current.cameraWasOn = true
    void controllerRef.current?.startLive()
  }, [])
  const startPhoto = useCallback((p: string | Blob | Promise<Blob>) => {
    void controllerRef.current?.startPhoto(p)
  }, [])

  const hasProduct = !!product
  useEffect(() => {
    if (photo && hasProduct) startPhoto(photo)
  }, [photo, hasProduct, startPhoto])

  // Leaving: tab hidden or page hidden stops every camera track.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') controllerRef.current?.stop()
    }
    const onPageHide = () => controllerRef.current?.stop()
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [])

  useEffect(
    () => () => {
      if (session.current.startedAt) {
        emit('tryon_ended', {
          dwell_ms: Math.round(performance.now() - session.current.startedAt),
          shades_tried: store.getState().tried.length,
        })
      }
    },
    [emit, store],
  )

  useImperativeHandle(
    ref,
    () => ({
      snapshot: () => controllerRef.current?.snapshot() ?? Promise.reject(new Error('try-on is not mounted')),
      stop: () => controllerRef.current?.stop(),
      inspect: () => {
        const c = controllerRef.current
        return {
          status: c?.status ?? 'idle',
          mode: c?.mode ?? null,
          lips: c?.lips ?? null,
          width: c?.renderer.width ?? 0,
          height: c?.renderer.height ?? 0,
          frameLatencies: [...(c?.stats.frameLatencies ?? [])],
          firstFaceMs: c?.stats.firstFaceMs ?? null,
          firstPreviewMs: c?.stats.firstPreviewMs ?? null,
          stages: [...(c?.stats.stages ?? [])],
          filesFromCache: c?.stats.filesFromCache ?? 0,
          state: store.getState(),
        }
      },
    }),
    [store],
  )

  const selectShade = (s: Shade) => {
    store.setState({ shadeId: s.id })
    emit('shade_selected', { finish: s.finish }, { shadeId: s.id })
  }

  const takeSnapshot = async () => {
    const c = controllerRef.current
    if (!c) return
    const blob = await c.snapshot()
    const method = await shareOrDownload(blob, `${product?.id ?? 'look'}-${shade?.id ?? 'shade'}.png`)
    if (method !== 'cancelled') emit('snapshot_taken', { method }, { shadeId: shade?.id })
  }

  const catalogueShades = catalogue ?? shades
  const suggestions = useMemo(() => {
    const triedShades = tried
      .map((id) => catalogueShades.find((s) => s.id === id) ?? shades.find((s) => s.id === id))
      .filter((s): s is Shade => !!s)
    return suggestForShopper({
      tones: toneSuggestions ? tones : null,
      tried: triedShades,
      catalogue: catalogueShades,
      text,
    })
  }, [tried, catalogueShades, shades, tones, toneSuggestions, text])

  const showing = status === 'tracking' || status === 'no-face' || (status === 'starting' && previewing)
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

  const tracking = status === 'tracking' || status === 'no-face'
  return (
    <div
      className={rootClass}
      style={style}
      data-vitrine-state={vitrineState(status)}
      data-tryon-status={status}
      data-tryon-mode={mode ?? undefined}
      data-tryon-preview={previewing || undefined}
    >
      <VitrineStyles />
      <TryOnStyles />
      {/* The stage takes the picture's shape, so a portrait selfie is not letterboxed into 4:3. */}
      <div
        className="vitrine-tryon-stage"
        ref={stageRef}
        style={showing ? { aspectRatio: `${imageSize.w} / ${imageSize.h}` } : undefined}
      >
        {tracking && split > 0 && (
          <>
            <span className="vitrine-tryon-label" style={{ left: 10 }}>
              {text.before}
            </span>
            <span className="vitrine-tryon-label" style={{ right: 10 }}>
              {text.after}
            </span>
            <SplitHandle
              value={split}
              imageWidth={imageSize.w}
              imageHeight={imageSize.h}
              label={text.compareHandle}
              onChange={(v) => store.setState({ split: v })}
              onRelease={() => emit('tryon_compare', { enabled: split > 0, split: Math.round(split * 100) / 100 })}
            />
          </>
        )}
        <StatusPanel
          status={shades.length ? status : 'error'}
          mode={mode}
          problem={problem}
          message={shades.length ? message : text.noShades}
          productName={product.name}
          resumed={session.current.cameraWasOn}
          progress={progress}
          previewing={previewing}
          text={text}
          onStartCamera={startCamera}
          onChoosePhoto={() => fileRef.current?.click()}
          onCancel={() => controllerRef.current?.cancel()}
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
          onChange={(e) => {
            const input = e.currentTarget
            const f = input.files?.[0]
            if (!f) return
            // Read the bytes before resetting the input: see readPhotoFile.
            const bytes = readPhotoFile(f)
            void controllerRef.current?.startPhoto(bytes)
            void bytes
              .catch(() => {})
              .finally(() => {
                input.value = ''
              })
          }}
        />
      </div>
      {controls && (
        <div className="vitrine-tryon-tools">
          <ShadePicker
            shades={shades}
            selectedId={shade?.id}
            suggestions={suggestions}
            onSelect={selectShade}
            text={text}
            toneSuggestions={toneSuggestions}
            onToneSuggestions={(on) => controllerRef.current?.setToneSuggestions(on)}
          />
          <div className="vitrine-tryon-row">
            <label>
              {text.intensity}
              <input
                type="range"
                min={0}
                max={100}
                value={Math.round(intensity * 100)}
                data-control="intensity"
                onChange={(e) => store.setState({ intensity: Number(e.currentTarget.value) / 100 })}
              />
            </label>
            <button
              type="button"
              className="vitrine-button"
              data-variant="ghost"
              data-action="compare"
              aria-pressed={split > 0}
              disabled={!tracking}
              onClick={() => {
                const next = split > 0 ? 0 : 0.5
                store.setState({ split: next })
                if (next) emit('tryon_compare', { enabled: true, split: next })
              }}
            >
              {text.compare}
            </button>
            <button
              type="button"
              className="vitrine-button"
              data-action="snapshot"
              disabled={!tracking}
              onClick={() => void takeSnapshot()}
            >
              {text.snapshot}
            </button>
            {mode !== null && (
              <button
                type="button"
                className="vitrine-button"
                data-variant="ghost"
                data-action="photo"
                onClick={() => fileRef.current?.click()}
              >
                {text.usePhoto}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  )
})
