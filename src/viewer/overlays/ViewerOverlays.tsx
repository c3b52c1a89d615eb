import type { Product } from '../../product'
import type { StageApi } from '../ModelStage'
import type { Emit } from '../../react/useEmit'

export interface ViewerOverlaysProps {
  /** The live 3D view: `project()` places DOM over the model, `bounds()`/`size()` measure it. */
  api: StageApi
  /** Bumped whenever the camera moves: overlays re-project on change. */
  version: number
  product: Product
  /** Draw width, height and depth lines with labels. */
  showDimensions: boolean
  /** Length units for labels; default from the shopper's locale (inches in the US, Liberia, Myanmar). */
  unit: 'metric' | 'imperial'
  emit: Emit
}

/** DOM layers drawn over the 3D view: hotspots and dimension lines. (Being built: see issue 3.) */
export function ViewerOverlays(_props: ViewerOverlaysProps) {
  return null
}
