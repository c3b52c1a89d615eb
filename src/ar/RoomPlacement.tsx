import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import type { Product } from '../product'
import type { TrackInput } from '../events/types'
import { useEmit, withIds } from '../react/useEmit'
import { browserEnvironment, detectArModes, sameEnvironment, type ArEnvironment } from './capabilities'
import { ArLifecycle } from './lifecycle'
import { arStrings } from './strings'
import { handoffUrl } from './native/handoff'
import { launchQuickLook, launchSceneViewer, type NativeLaunch } from './native/launchNative'
import { QrHandoff } from './QrHandoff'
import { VitrineStyles } from '../ui/styles'
import type { ArFailureReason, ArMode, ArStatus } from './types'
import type { ArProbeRef } from './webxr/probe'

// three, R3F and @react-three/xr load only when the shopper taps.
const WebXrSession = lazy(() => import('./webxr/WebXrSession'))

/** What `onError` receives when an AR mode fails; the next mode is tried after it. */
export interface ArError { reason: ArFailureReason; mode: ArMode; message: string }

export interface RoomPlacementProps {
  /** The product to place. Its `placement` (floor/wall) decides surfaces; `model.usdz` is used for Quick Look when present. */
  product: Product
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
  /** Replace browser capability detection (stories, tests, app shells). */
  environment?: ArEnvironment
  /** Receives a live read-out of the AR scene every frame (tests, devtools). */
  probe?: ArProbeRef
  className?: string
  style?: CSSProperties
}

type Phase = 'idle' | 'webxr' | 'native' | 'qr' | 'preparing'

/**
 * "View in your room": picks the best AR mode the device has (WebXR →
 * Scene Viewer → Quick Look → QR hand-off), offers it on a button that says
 * what will happen, and falls through to the next mode when one fails.
 */
export function RoomPlacement(props: RoomPlacementProps) {
  const { product } = props
  const latest = useRef(props)
  latest.current = props
  const emit = useEmit(product.id, 'ar', props.onEvent)
  const [variantId, setVariantId] = useState(props.variant ?? product.variants[0]?.id)
  useEffect(() => { if (props.variant !== undefined) setVariantId(props.variant) }, [props.variant])
  const variantRef = useRef(variantId)
  variantRef.current = variantId
  const lifecycle = useMemo(
    () => new ArLifecycle(withIds(emit, () => (variantRef.current ? { variantId: variantRef.current } : undefined))),
    [emit],
  )

  // Detection re-runs when the description changes, not its identity: an inline `environment={{…}}`
  // would otherwise detect, emit ar_offered and re-render in a loop.
  const environmentRef = useRef(props.environment)
  if (!sameEnvironment(environmentRef.current, props.environment)) environmentRef.current = props.environment
  const environment = environmentRef.current

  const [modes, setModes] = useState<ArMode[] | null>(null)
  const [index, setIndex] = useState(0)
  const [phase, setPhase] = useState<Phase>('idle')
  const [status, setStatus] = useState<ArStatus>('not-presenting')
  const [message, setMessage] = useState<string>()
  const placedRef = useRef(false)
  const stopNative = useRef<() => void>(undefined)
  const anchor = useRef<HTMLAnchorElement>(null)
  const mode = modes?.[index]
  const hasModel = Boolean(product.model?.src)

  useEffect(() => {
    let live = true
    setModes(null)
    setIndex(0)
    detectArModes(environment ?? browserEnvironment(), latest.current.modes).then((found) => {
      if (!live) return
      const usable = hasModel ? found : []
      setModes(usable)
      lifecycle.offered(usable[0])
    })
    return () => { live = false }
  }, [product.id, hasModel, environment, props.modes?.join(), lifecycle])

  useEffect(() => () => stopNative.current?.(), [])

  const pageUrl = () => latest.current.pageUrl ?? location.href
  const exit = useCallback((m: ArMode) => {
    setPhase('idle')
    setStatus((s) => (s === 'failed' ? s : 'not-presenting'))
    latest.current.onExit?.({ variantId: variantRef.current, placed: placedRef.current, mode: m })
  }, [])

  const fail = (failedMode: ArMode, reason: ArFailureReason, detail: string) => {
    lifecycle.failed(reason, failedMode, detail)
    latest.current.onError?.({ reason, mode: failedMode, message: detail })
    const next = modes?.[(modes?.indexOf(failedMode) ?? 0) + 1]
    setIndex((i) => i + 1)
    setStatus('failed')
    setMessage(arStrings.failed(reason, next, product.placement))
    // A QR code needs no user gesture, so the hand-off can follow at once; other modes wait for the next tap.
    setPhase(next === 'qr' ? 'qr' : 'idle')
  }

  const start = (m: ArMode) => {
    setMessage(undefined)
    placedRef.current = false
    const native: NativeLaunch = {
      product, pageUrl: pageUrl(), allowScaling: Boolean(props.allowScaling), lifecycle,
      onFail: (reason, detail) => fail(m, reason, detail),
      onReturn: () => exit(m),
    }
    if (m === 'webxr') { setPhase('webxr'); return }
    if (m === 'qr') { setPhase('qr'); return }
    if (m === 'scene-viewer' && anchor.current) {
      setPhase('native')
      stopNative.current = launchSceneViewer(native, anchor.current)
      return
    }
    if (m === 'quick-look') {
      setPhase('preparing')
      const gltfVariant = product.variants.find((v) => v.id === variantRef.current)?.gltfVariant
      launchQuickLook(native, gltfVariant, props.usdzMaxTextureSize ?? 2048).then(
        ({ href, stop }) => { stopNative.current = stop; setPhase('native'); anchor.current?.setAttribute('data-quick-look-href', href) },
        (err: unknown) => fail(m, 'usdz-failed', err instanceof Error ? err.message : String(err)),
      )
    }
  }

  const tap = () => {
    if (!mode) return
    lifecycle.tapped(mode)
    start(mode)
  }

  const chooseVariant = (id: string) => {
    setVariantId(id)
    emit('variant_selected', { in_ar: true }, { variantId: id })
    latest.current.onVariantChange?.(id)
  }

  const state = modes === null ? 'loading' : status === 'failed' && !mode ? 'error' : 'ready'
  const qrUrl = props.handoffUrl ?? (typeof location === 'undefined' ? '' : handoffUrl(pageUrl(), product.id, variantId))
  return (
    <div className={props.className} style={props.style} data-vitrine-room-placement=""
      data-vitrine-state={state} data-ar-status={status} data-ar-mode={mode ?? 'none'}>
      {mode && phase !== 'webxr' && phase !== 'qr' && (
        <button type="button" onClick={tap} onPointerEnter={mode === 'webxr' ? preloadWebXr : undefined}
          disabled={phase === 'preparing'} data-vitrine-ar-button={mode} aria-describedby={`${product.id}-ar-hint`} className="vitrine-button">
          {phase === 'preparing' ? arStrings.preparingUsdz : arStrings.button(mode, product.placement)}
        </button>
      )}
      <VitrineStyles />
      {mode && <small id={`${product.id}-ar-hint`} className="vitrine-hint">{arStrings.buttonHint(mode)}</small>}
      {message && <p role="alert" data-vitrine-ar-error>{message}</p>}
      {modes !== null && modes.length === 0 && <p data-vitrine-ar-unsupported style={{ opacity: 0.75 }}>{arStrings.unsupported}</p>}
      {phase === 'qr' && (
        <QrHandoff url={qrUrl} onClose={() => exit('qr')} onError={(detail) => fail('qr', 'qr-failed', detail)} />
      )}
      {phase === 'webxr' && (
        <Suspense fallback={<p role="status">{arStrings.starting}</p>}>
          <WebXrSession product={product} variantId={variantId} onVariant={chooseVariant} lifecycle={lifecycle}
            allowScaling={Boolean(props.allowScaling)} probe={props.probe} hintAfterMs={props.searchHintAfterMs}
            onStatus={(s) => { if (s === 'placed') placedRef.current = true; setStatus(s) }}
            onClosed={() => exit('webxr')}
            onFailed={(reason, detail) => fail('webxr', reason, detail)}
            onAddToCart={props.onAddToCart} onAskAbout={props.onAskAbout} />
        </Suspense>
      )}
      <a ref={anchor} hidden data-vitrine-native-link="" aria-hidden><img alt="" /></a>
    </div>
  )
}

function preloadWebXr() { void import('./webxr/WebXrSession') }

