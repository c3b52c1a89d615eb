/** Where an error happened: the component or entry that reports it. */
export type ErrorSurface = 'product' | 'viewer' | 'ar' | 'tryon' | 'element' | 'events' | 'chat'

/**
 * The one error shape of Vitrine. Every error a component reports (to
 * `onError`, as an `error` event of the element, in a thrown `assertProduct`)
 * is one of these: `code` says what went wrong in kebab-case, `surface` where,
 * `message` what the developer or shopper can do about it, and `cause` keeps
 * the original error.
 */
export class VitrineError<Code extends string = string> extends Error {
  /** What went wrong, kebab-case (`not-found`, `camera-denied`, `session-rejected`, `bad-product`, …). */
  readonly code: Code
  /** Which part of Vitrine reports it. */
  readonly surface: ErrorSurface

  constructor(surface: ErrorSurface, code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.surface = surface
    this.code = code
  }
}

/** True for any Vitrine error, whichever component reported it. */
export function isVitrineError(value: unknown): value is VitrineError {
  return value instanceof VitrineError
}
