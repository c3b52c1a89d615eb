import { VitrineError } from '../errors/VitrineError'

/** Why a model could not be shown. Each code maps to a message a shopper understands. */
export type ViewerErrorCode =
  'not-found' | 'network' | 'corrupt' | 'unsupported' | 'webgl-unavailable' | 'webgl-context-lost' | 'bad-product'

/** A model that could not be shown: `code` says why, `url` which file. */
export class ViewerError extends VitrineError<ViewerErrorCode> {
  override readonly name = 'ViewerError'
  constructor(
    code: ViewerErrorCode,
    message: string,
    /** The URL involved, when there is one. */
    readonly url?: string,
    options?: { cause?: unknown },
  ) {
    super('viewer', code, message, options)
  }
}

/** Maps whatever a fetch or a glTF parse threw into a ViewerError with a code. */
export function toViewerError(err: unknown, url?: string): ViewerError {
  if (err instanceof ViewerError) return err
  const text = String((err as Error)?.message ?? err)
  if (/extension|not supported|unsupported/i.test(text) && /required|extension/i.test(text)) {
    return new ViewerError('unsupported', `The model needs a feature this viewer does not support: ${text}`, url, {
      cause: err,
    })
  }
  if (err instanceof TypeError && /fetch|network|load failed/i.test(text)) {
    return new ViewerError('network', `The network dropped while loading the model (${text}).`, url, { cause: err })
  }
  return new ViewerError('corrupt', `The model file could not be read: ${text}`, url, { cause: err })
}
