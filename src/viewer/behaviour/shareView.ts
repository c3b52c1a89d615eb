import type { Product } from '../../product'
import type { Emit, EmitIds } from '../../react/useEmit'
import { shareImage } from '../../chat/shareImage'
import type { ViewerStrings } from '../../ui/strings'
import type { StageApi } from '../stage/stageApi'

/**
 * The Share button: a 1200 px PNG of the view, to the share sheet where files can be shared, else a
 * download. `snapshot_taken` says which; a closed share sheet records nothing.
 */
export async function shareView(
  stage: StageApi,
  product: Product,
  strings: ViewerStrings,
  emit: Emit,
  ids: EmitIds,
): Promise<void> {
  const image = await stage.snapshot({ width: 1200, type: 'image/png' })
  const method = await shareImage(image, {
    fileName: `${product.id}.png`,
    title: product.name,
    text: strings.shareText(product.name),
  })
  if (method !== 'cancelled') emit('snapshot_taken', { method }, ids)
}
