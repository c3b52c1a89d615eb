import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { TrackInput } from '../events/types'
import { parseProduct, type ProductSource, type Shade } from '../product'
import { useEmit, withIds } from '../react/useEmit'
import { VitrineStyles } from '../ui/styles'
import type { CameraProblem } from './camera'
import { shareOrDownload } from './shareSnapshot'
import { ShadePicker } from './ShadePicker'
import { SplitHandle } from './SplitHandle'
import { StatusPanel } from './StatusPanel'
import { TRYON_TEXT } from './strings'
import { suggestShades } from './suggestions'
import { TryOnController, type TryOnMode, type TryOnStats, type TryOnStatus } from './tryOnController'
import { TryOnStyles } from './tryonStyles'
import type { LipContours } from './lipGeometry'

/** Why the try-on could not do what was asked. Never carries an image. */
export interface TryOnError {
  code: 'invalid_product' | 'camera_denied' | 'no_camera' | 'tryon_failed'
  message: string
}

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
  /** Receives every try-on event (also sent to the VitrineProvider's tracker). */
  onEvent?: (event: TrackInput) => void
  /** Called when the product is invalid, the camera is refused or missing, or try-on fails. */
  onError?: (error: TryOnError) => void
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
  inspect(): { status: TryOnStatus; mode: TryOnMode | null; lips: LipContours | null; width: number; height: number; frameLatencies: number[]; firstFaceMs: number | null; stages: TryOnStats['stages'] }
}

const vitrineState = (s: TryOnStatus) => (s === 'idle' ? 'idle' : s === 'starting' ? 'loading' : s === 'error' ? 'error' : 'ready')

/**
 * Lipstick try-on on the shopper's own lips, with the front camera or a photo.
 * Camera frames and face landmarks stay on the device.
 */
export const LipTryOn = forwardRef<LipTryOnHandle, LipTryOnProps>(function LipTryOn(props, ref) {
  const { shade: shadeProp, photo, catalogue, assetBase, onError, className, style, initialCompare, controls = true } = props
  const parsed = useMemo(() => parseProduct(props.product), [props.product])
  const product = parsed.ok ? parsed.product : null
  const emit = useEmit(product?.id ?? 'unknown', 'tryon', props.onEvent)
  const shades = product?.shades ?? []

  const stageRef = useRef<HTMLDivElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const controllerRef = useRef<TryOnController | null>(null)
  const [status, setStatus] = useState<TryOnStatus>('idle')
  const [mode, setMode] = useState<TryOnMode | null>(null)
  const [problem, setProblem] = useState<{ problem?: CameraProblem; message?: string }>({})
  const [shadeId, setShadeId] = useState<string | undefined>(shadeProp ?? shades[0]?.id)
  const [intensity, setIntensity] = useState(1)
  const [split, setSplit] = useState(Math.min(1, Math.max(0, initialCompare ?? 0)))
  const [tried, setTried] = useState<string[]>([])
  const [imageSize, setImageSize] = useState({ w: 640, h: 480 })
  const session = useRef({ startedAt: 0, cameraWasOn: false })
  const onErrorRef = useRef(onError)
  onErrorRef.current = onError

  const shade = shades.find((s) => s.id === shadeId) ?? shades[0] ?? null

  useEffect(() => { if (shadeProp) setShadeId(shadeProp) }, [shadeProp])

  // One controller per mounted component; its canvas lives in the stage.
  useEffect(() => {
    const controller = new TryOnController({
      assetBase,
      onStatus: (s, detail) => {
        setStatus(s)
        setMode(detail.mode)
        setProblem({ problem: detail.problem, message: detail.message })
        setImageSize({ w: controller.renderer.width || 640, h: controller.renderer.height || 480 })
        if (s === 'denied') {
          onErrorRef.current?.({ code: detail.problem === 'no-camera' ? 'no_camera' : 'camera_denied', message: detail.message ?? '' })
        } else if (s === 'error') onErrorRef.current?.({ code: 'tryon_failed', message: detail.message ?? '' })
      },
      onEvent: (name, p) => {
        if (name === 'tryon_started' && !session.current.startedAt) session.current.startedAt = performance.now()
        withIds(emit)(name, p)
      },
    })
    controllerRef.current = controller
    stageRef.current?.prepend(controller.renderer.canvas)
    controller.renderer.canvas.setAttribute('aria-hidden', 'true')
    return () => {
      controller.dispose()
      controller.renderer.canvas.remove()
      controllerRef.current = null
    }
  }, [assetBase, emit])

  useEffect(() => {
    if (!parsed.ok) onErrorRef.current?.({ code: 'invalid_product', message: parsed.error.message })
  }, [parsed])

  // The shopper's tries, for suggestions and for tryon_ended.
  useEffect(() => {
    if ((status === 'tracking') && shade && !tried.includes(shade.id)) setTried((t) => [...t, shade.id])
  }, [status, shade, tried])

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
  const startPhoto = useCallback((p: string | Blob) => { void controllerRef.current?.startPhoto(p) }, [])

  const hasProduct = !!product
  useEffect(() => { if (photo && hasProduct) startPhoto(photo) }, [photo, hasProduct, startPhoto])

  // Leaving: tab hidden or page hidden stops every camera track.
  useEffect(() => {
    const onHidden = () => { if (document.visibilityState === 'hidden') controllerRef.current?.stop() }
    const onPageHide = () => controllerRef.current?.stop()
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [])

  const triedRef = useRef(tried)
  triedRef.current = tried
  useEffect(() => () => {
    if (session.current.startedAt) {
      emit('tryon_ended', { dwell_ms: Math.round(performance.now() - session.current.startedAt), shades_tried: triedRef.current.length })
    }
  }, [emit])

  useImperativeHandle(ref, () => ({
    snapshot: () => controllerRef.current?.snapshot() ?? Promise.reject(new Error('try-on is not mounted')),
    stop: () => controllerRef.current?.stop(),
    inspect: () => {
      const c = controllerRef.current
      return {
        status: c?.status ?? 'idle', mode: c?.mode ?? null, lips: c?.lips ?? null,
        width: c?.renderer.width ?? 0, height: c?.renderer.height ?? 0,
        frameLatencies: [...(c?.stats.frameLatencies ?? [])], firstFaceMs: c?.stats.firstFaceMs ?? null,
        stages: [...(c?.stats.stages ?? [])],
      }
    },
  }), [])

  const selectShade = (s: Shade) => {
    setShadeId(s.id)
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
    const triedShades = tried.map((id) => catalogueShades.find((s) => s.id === id) ?? shades.find((s) => s.id === id)).filter((s): s is Shade => !!s)
    return suggestShades(triedShades, catalogueShades)
  }, [tried, catalogueShades, shades])

  const showing = status === 'tracking' || status === 'no-face'
  const rootClass = ['vitrine-root', 'vitrine-tryon', className].filter(Boolean).join(' ')

  if (!product) {
    return (
      <div className={rootClass} style={style} data-vitrine-state="error" data-tryon-status="error">
        <VitrineStyles /><TryOnStyles />
        <div className="vitrine-tryon-stage">
          <div className="vitrine-panel" role="alert"><h3>{TRYON_TEXT.invalidProduct}</h3><p>{parsed.ok ? '' : parsed.error.message}</p></div>
        </div>
      </div>
    )
  }

  return (
    <div className={rootClass} style={style} data-vitrine-state={vitrineState(status)} data-tryon-status={status} data-tryon-mode={mode ?? undefined}>
      <VitrineStyles /><TryOnStyles />
      {/* The stage takes the picture's shape, so a portrait selfie is not letterboxed into 4:3. */}
      <div className="vitrine-tryon-stage" ref={stageRef} style={showing ? { aspectRatio: `${imageSize.w} / ${imageSize.h}` } : undefined}>
        {showing && split > 0 && (
          <>
            <span className="vitrine-tryon-label" style={{ left: 10 }}>{TRYON_TEXT.before}</span>
            <span className="vitrine-tryon-label" style={{ right: 10 }}>{TRYON_TEXT.after}</span>
            <SplitHandle value={split} imageWidth={imageSize.w} imageHeight={imageSize.h} onChange={setSplit} onRelease={() => emit('tryon_compare', { enabled: split > 0, split: Math.round(split * 100) / 100 })} />
          </>
        )}
        <StatusPanel
          status={shades.length ? status : 'error'}
          mode={mode}
          problem={problem.problem}
          message={shades.length ? problem.message : TRYON_TEXT.noShades}
          productName={product.name}
          resumed={session.current.cameraWasOn}
          onStartCamera={startCamera}
          onChoosePhoto={() => fileRef.current?.click()}
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
            const f = e.currentTarget.files?.[0]
            if (f) startPhoto(f)
            e.currentTarget.value = ''
          }}
        />
      </div>
      {controls && <div className="vitrine-tryon-tools">
        <ShadePicker shades={shades} selectedId={shade?.id} suggestions={suggestions} onSelect={selectShade} />
        <div className="vitrine-tryon-row">
          <label>
            {TRYON_TEXT.intensity}
            <input type="range" min={0} max={100} value={Math.round(intensity * 100)} data-control="intensity" onChange={(e) => setIntensity(Number(e.currentTarget.value) / 100)} />
          </label>
          <button type="button" className="vitrine-button" data-variant="ghost" data-action="compare" aria-pressed={split > 0} disabled={!showing}
            onClick={() => {
              const next = split > 0 ? 0 : 0.5
              setSplit(next)
              if (next) emit('tryon_compare', { enabled: true, split: next })
            }}>
            {TRYON_TEXT.compare}
          </button>
          <button type="button" className="vitrine-button" data-action="snapshot" disabled={!showing} onClick={() => void takeSnapshot()}>
            {TRYON_TEXT.snapshot}
          </button>
          {mode !== null && (
            <button type="button" className="vitrine-button" data-variant="ghost" data-action="photo" onClick={() => fileRef.current?.click()}>
              {TRYON_TEXT.usePhoto}
            </button>
          )}
        </div>
      </div>}
    </div>
  )
})
