// Drops property values that look like personal data or images before any
// destination sees them. Google's policy forbids PII in GA4, and the privacy
// promise says no image ever goes into an event.

/** Why a property value was refused: it looks like personal data or an image. */
export type PiiReason = 'email' | 'phone' | 'data-url' | 'image-like' | 'too-long' | 'not-scalar' | 'not-finite'

export interface DroppedProp {
  key: string
  reason: PiiReason
}

const EMAIL = /[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[a-z]{2,}/i
// 9+ digits, optionally grouped by spaces, dots, dashes or brackets, optional + or 00 prefix.
const PHONE = /(?:\+|\b00)?\d(?:[\s().-]*\d){8,}/
const DATA_OR_BLOB_URL = /\b(?:data:[a-z]+\/[a-z0-9.+-]+[;,]|blob:)/i
// Base64 signatures of PNG, JPEG, GIF, WebP, and any long unbroken base64 run.
const IMAGE_BASE64 = /(?:iVBORw0KGgo|\/9j\/|R0lGOD|UklGR)[A-Za-z0-9+/=]{16,}|[A-Za-z0-9+/]{120,}={0,2}/

export const MAX_PROP_CHARS = 500

/** Checks one property value: `null` when it may be sent, else why not (an e-mail, a phone number, an image…). */
export function classifyValue(value: unknown): PiiReason | null {
  if (value === null || value === undefined || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'not-finite'
  if (typeof value !== 'string') return 'not-scalar'
  if (value.length > MAX_PROP_CHARS) return 'too-long'
  if (DATA_OR_BLOB_URL.test(value)) return 'data-url'
  if (IMAGE_BASE64.test(value)) return 'image-like'
  if (EMAIL.test(value)) return 'email'
  if (PHONE.test(value)) return 'phone'
  return null
}

/**
 * Removes (in place) every property whose value is personal data, an image,
 * not a flat scalar, or longer than MAX_PROP_CHARS; `undefined` values are
 * removed silently. Returns what was dropped so the tracker can warn.
 */
export function scrubProps(props: Record<string, unknown>): DroppedProp[] {
  let dropped: DroppedProp[] | undefined
  for (const key in props) {
    const value = props[key]
    if (value === undefined) {
      delete props[key]
      continue
    }
    const reason = classifyValue(value)
    if (reason) {
      delete props[key]
      ;(dropped ??= []).push({ key, reason })
    }
  }
  return dropped ?? NONE
}
const NONE: DroppedProp[] = []
