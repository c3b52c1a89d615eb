import type { ViewerError } from '../../model'
import type { ViewerStrings } from '../../ui/strings'

/** The sentence the shopper reads for a failure; a bad manifest also says which field (from the validator). */
export function errorMessage(
  error: ViewerError | undefined,
  strings: ViewerStrings,
  productMessage?: string,
): string | undefined {
  if (!error) return undefined
  if (error.code === 'bad-product') return `${strings.errors['bad-product']} (${productMessage})`
  if (error.code === 'webgl-context-lost') return strings.restoring
  return strings.errors[error.code]
}

/** Whatever the 3D tree threw, as a typed ViewerError (no WebGL, a chunk that failed to load). */
export function toStageError(
  err: unknown,
  make: (code: 'webgl-unavailable' | 'network', message: string) => ViewerError,
): ViewerError {
  const message = String((err as Error)?.message ?? err)
  return make(/webgl|context/i.test(message) ? 'webgl-unavailable' : 'network', message)
}
