import { VitrineError } from '../errors/VitrineError'

/** Why the try-on could not do what was asked: a bad manifest, a denied or missing camera, a failed start. */
export type TryOnErrorCode = 'bad-product' | 'camera-denied' | 'no-camera' | 'tryon-failed'

/** What `onError` receives from `<LipTryOn>`. Never carries an image. */
export class TryOnError extends VitrineError<TryOnErrorCode> {
  override readonly name = 'TryOnError'
  constructor(code: TryOnErrorCode, message: string) {
    super('tryon', code, message)
  }
}
