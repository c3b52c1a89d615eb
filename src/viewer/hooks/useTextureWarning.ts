import { useCallback, useEffect, useRef } from 'react'
import type { Product } from '../../product'
import type { Emit, EmitIds } from '../../react/useEmit'
import type { TextureFailure } from '../../model'
import type { ViewerStore } from '../store/createViewerStore'
import { newFailures, warnTextureFailures } from '../textureWarning'

/**
 * A texture that failed to decode: the model shows, but the shopper is told its colours may be off, the
 * developer gets a console warning naming the file, and `texture_failed` goes out once per new failure.
 * Returns the stage's `onTextureFailures` callback; a new model starts with a clean slate.
 */
export function useTextureWarning(
  store: ViewerStore,
  product: Product | null | undefined,
  src: string | undefined,
  emit: Emit,
  ids: EmitIds,
): (failures: readonly TextureFailure[]) => void {
  const seen = useRef(new Set<string>())
  useEffect(() => {
    seen.current = new Set()
    store.set({ texturesFailed: false })
  }, [store, src])
  return useCallback(
    (failures) => {
      const fresh = newFailures(seen.current, failures)
      if (!fresh.length || !product) return
      warnTextureFailures(product.id, src ?? '', fresh)
      store.set({ texturesFailed: true })
      emit('texture_failed', { count: fresh.length, texture: fresh[0].texture.slice(0, 100) }, ids)
    },
    [store, emit, ids, product, src],
  )
}
