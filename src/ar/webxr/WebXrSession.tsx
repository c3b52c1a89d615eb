import { useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { Canvas } from '@react-three/fiber'
import { XR } from '@react-three/xr'
import { NeutralToneMapping, type Object3D, type WebGLRenderer } from 'three'
import type { Product } from '../../product'
import type { ArLifecycle } from '../lifecycle'
import type { ArStrings } from '../strings'
import type { ArFailureReason, ArSessionControls, ArStatus } from '../types'
import { acquireModel, applyVariant, type ModelHandle } from '../../model'
import { createArStore, type ArStore } from './createArStore'
import { createPresentationStore } from './presentationStore'
import { ArPlacementScene } from './ArPlacementScene'
import { ArOverlay } from './ArOverlay'
import type { PlacementController } from './placementController'
import { ArProbeContext } from './probe'
import { useLatest } from '../../react/useLatest'

export interface WebXrSessionProps {
  product: Product
  variantId: string | undefined
  onVariant(id: string): void
  lifecycle: ArLifecycle
  allowScaling: boolean
  onStatus(status: ArStatus): void
  /** The session ended (by the shopper, the runtime, or a failure after it started). */
  onClosed(): void
  /** The session could not start, or its model could not load. */
  onFailed(reason: ArFailureReason, message: string): void
  onAddToCart?: () => void
  onAskAbout?: () => void
  /** Milliseconds without a surface before the light-and-texture hint shows. */
  hintAfterMs?: number
  strings?: ArStrings
  /** More UI inside the overlay (see RoomPlacement's `inSession`). */
  inSession?: (controls: ArSessionControls) => ReactNode
}

/** The WebXR immersive-ar experience. Loaded lazily: it pulls in three, R3F and @react-three/xr. */
export default function WebXrSession(props: WebXrSessionProps) {
  const { product, lifecycle } = props
  const latest = useLatest(props)
  const store = useMemo(() => createArStore(), [])
  const probe = useContext(ArProbeContext) ?? undefined
  const presentation = useMemo(
    () =>
      createPresentationStore({
        lifecycle,
        onStatus: (status) => latest.current.onStatus(status),
        hintAfterMs: latest.current.hintAfterMs ?? 10_000,
      }),
    [latest, lifecycle],
  )
  useEffect(() => () => presentation.dispose(), [presentation])
  const session = useSyncExternalStore(
    store.subscribe,
    () => store.getState().session ?? null,
    () => null,
  )
  const view = useSyncExternalStore(presentation.subscribe, presentation.getState, presentation.getState)
  const [model, setModel] = useState<Object3D>()
  const handle = useRef<ModelHandle>(undefined)
  const controller = useRef<PlacementController>(undefined)
  const variant = product.variants.find((v) => v.id === props.variantId)
  const gltfVariant = variant?.gltfVariant

  // Session start/end as the store sees it: whoever ends it (exit button, runtime, OS), we close the same way.
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.session && !prev.session) presentation.sessionStarted()
        else if (!state.session && prev.session) {
          presentation.sessionEnded()
          latest.current.onClosed()
        }
      }),
    [store, presentation, latest],
  )

  // Deferred, so React's StrictMode remount (cleanup then effect again) keeps the same store alive.
  const teardown = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => {
    clearTimeout(teardown.current)
    return () => {
      teardown.current = setTimeout(() => {
        store
          .getState()
          .session?.end()
          .catch(() => {})
        store.destroy()
      }, 0)
    }
  }, [store])

  // The model loads while the camera starts; searching for a surface doesn't need it. It needs the
  // renderer, though: KTX2 textures are transcoded for what this GPU supports.
  const [renderer, setRenderer] = useState<WebGLRenderer>()
  useEffect(() => {
    const src = product.model?.src
    if (!src) {
      latest.current.onFailed('no-model', 'This product has no 3D model.')
      return
    }
    if (!renderer) return
    const abort = new AbortController()
    acquireModel(src, { signal: abort.signal, renderer }).then(
      (h) => {
        if (abort.signal.aborted) {
          h.release()
          return
        }
        handle.current = h
        setModel(h.scene)
      },
      (err: unknown) => {
        if (abort.signal.aborted) return
        latest.current.onFailed('model-failed', err instanceof Error ? err.message : String(err))
        store
          .getState()
          .session?.end()
          .catch(() => {})
      },
    )
    return () => {
      abort.abort()
      handle.current?.release()
      handle.current = undefined
    }
  }, [product.model?.src, store, renderer, latest])

  useEffect(() => {
    const h = handle.current
    if (!h || !model) return
    applyVariant(model, h.gltf, gltfVariant).catch((err) => console.warn('[vitrine] variant', err))
  }, [model, gltfVariant])

  const callbacks = useMemo(
    () => ({
      surfaceFound: presentation.surfaceFound,
      placed: presentation.placed,
      adjusted: presentation.adjusted,
    }),
    [presentation],
  )

  const replace = () => {
    controller.current?.replace()
    presentation.searchAgain()
  }

  const overlayRoot = store.getState().domOverlayRoot
  return (
    <div style={hiddenCanvasStyle} aria-hidden>
      {/* "demand": no page-rate renders of the hidden canvas while the session starts; XR frames always render. */}
      <Canvas
        gl={{ alpha: true, antialias: true }}
        camera={{ near: 0.01, far: 50 }}
        frameloop="demand"
        onCreated={(state) => {
          // The inline viewer's tone mapping, so the product has the same colours in the room as on the page.
          state.gl.toneMapping = NeutralToneMapping
          setRenderer(state.gl)
        }}
      >
        <XR store={store}>
          <EnterAr store={store} onFailed={(m) => latest.current.onFailed('session-rejected', m)} />
          <ArPlacementScene
            placement={product.placement}
            allowScaling={props.allowScaling}
            model={model}
            variant={gltfVariant ?? null}
            callbacks={callbacks}
            onTracking={presentation.trackingChanged}
            onController={(c) => {
              controller.current = c
            }}
            probe={probe}
          />
        </XR>
      </Canvas>
      {session &&
        overlayRoot &&
        createPortal(
          <ArOverlay
            status={view.status}
            placement={product.placement}
            surfaceFound={view.surfaceFound}
            longSearch={view.longSearch}
            tracking={view.tracking}
            trackingNotice={view.notice}
            modelLoading={!model}
            scale={view.scale}
            variants={product.variants}
            variantId={props.variantId}
            onVariant={props.onVariant}
            onExit={() => {
              session.end().catch(() => {})
            }}
            onReplace={replace}
            onAddToCart={props.onAddToCart}
            onAskAbout={props.onAskAbout}
            strings={props.strings}
            extra={props.inSession?.({ chooseVariant: props.onVariant })}
          />,
          overlayRoot,
        )}
    </div>
  )
}

/** Asks for the session as soon as <XR> has connected the renderer (its effect runs after ours). */
function EnterAr({ store, onFailed }: { store: ArStore; onFailed(message: string): void }) {
  const latestOnFailed = useLatest(onFailed)
  useEffect(() => {
    const t = setTimeout(() => {
      store
        .enterAR()
        .catch((err: unknown) =>
          latestOnFailed.current(err instanceof Error ? `${err.name}: ${err.message}` : String(err)),
        )
    }, 0)
    return () => clearTimeout(t)
  }, [store, latestOnFailed])
  return null
}

// Outside AR the canvas shows nothing (transparent, no pointer events). It must still be screen-sized:
// R3F sizes the canvas (CSS too) to this box, and runtimes that composite the page's own canvas over the
// camera (IWER, WebXR polyfills) move it out of this box and show it at that CSS size. A 2x2 box here made
// the product a 2-pixel dot in the emulated room.
const hiddenCanvasStyle: React.CSSProperties = {
  position: 'fixed',
  inset: 0,
  width: '100vw',
  height: '100vh',
  overflow: 'hidden',
  opacity: 0,
  pointerEvents: 'none',
}
