import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Product } from '../../product'
import type { StageApi } from '../stage/stageApi'
import type { Emit } from '../../react/useEmit'
import { DimensionLines } from './DimensionLines'
import { Hotspots } from './Hotspots'
import { OverlayStyles } from './overlayStyles'
import { defaultOverlayStrings, type OverlayStrings } from './overlayStrings'
import { checkTrueSize, describeMismatch, developerWarningsOn } from './sizeCheck'
import type { UnitSystem } from './formatLength'
import type { ViewerStore } from '../store/createViewerStore'

export interface ViewerOverlaysProps {
  /** The live 3D view: `project()` places DOM over the model, `bounds()`/`size()` measure it. */
  api: StageApi
  /** Bumped whenever the camera moves: overlays re-project on change. */
  version: number
  /** The manifest: its `hotspots` are drawn, its `dimensions` checked against the model. */
  product: Product
  /** Draw width, height and depth lines with labels. */
  showDimensions: boolean
  /** Length units for labels; default from the shopper's locale (inches in the US, Liberia, Myanmar). */
  unit: UnitSystem
  /** Sends `hotspot_opened { hotspot_id }`. */
  emit: Emit
  /** Replace any overlay text (i18n). */
  strings?: Partial<OverlayStrings>
  /** Locale for numbers in labels; default the browser's. */
  locale?: string
  /** The viewer's store (the open hotspot). */
  store: ViewerStore
}

/** Size checks already reported to the developer, so a listing page or a remount warns once. */
const warned = new Set<string>()

/**
 * DOM layers drawn over the 3D view: hotspot buttons and dimension lines.
 * Also checks the model's measured size against the manifest's `dimensions`
 * and warns the developer when they differ by more than 2%; the model is
 * always shown at its own measured size, and the dimensions note says so.
 */
export function ViewerOverlays({
  api,
  version,
  product,
  showDimensions,
  unit,
  emit,
  strings,
  locale,
  store,
}: ViewerOverlaysProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [area, setArea] = useState({ width: 0, height: 0 })
  const text = useMemo(() => ({ ...defaultOverlayStrings, ...strings }), [strings])
  const check = useMemo(() => checkTrueSize(api.size(), product.dimensions), [api, product.dimensions])

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () =>
      setArea((a) =>
        a.width === el.clientWidth && a.height === el.clientHeight
          ? a
          : { width: el.clientWidth, height: el.clientHeight },
      )
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (check.status !== 'mismatch' || !developerWarningsOn()) return
    const key = `${product.id}|${product.model?.src}|${check.measured.join(',')}|${check.listed.join(',')}`
    if (warned.has(key)) return
    warned.add(key)
    console.warn(describeMismatch(product.id, check))
  }, [check, product.id, product.model?.src])

  const numberLocale = locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language)
  return (
    <div ref={ref} className="vitrine-overlays" data-size-check={check.status}>
      <OverlayStyles />
      {area.width > 0 && showDimensions && (
        <DimensionLines api={api} version={version} unit={unit} locale={numberLocale} check={check} strings={text} />
      )}
      {area.width > 0 && product.hotspots.length > 0 && (
        <Hotspots
          api={api}
          version={version}
          hotspots={product.hotspots}
          width={area.width}
          height={area.height}
          emit={emit}
          strings={text}
          store={store}
        />
      )}
    </div>
  )
}
