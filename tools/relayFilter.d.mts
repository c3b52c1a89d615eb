export const MAX_MESSAGE_BYTES: number
export const TYPES_BY_ROLE: { shopper: string[]; agent: string[] }
export const STATE_KEYS: string[]
export function validOrbit(orbit: unknown): boolean
export function checkMessage(
  data: Buffer | ArrayBuffer | Buffer[] | string,
  isBinary: boolean,
  role: 'shopper' | 'agent',
):
  | { ok: true; message: Record<string, unknown>; text: string }
  | { ok: false; reason: 'binary' | 'too-large' | 'image' | 'not-json' | 'unknown-type' | 'wrong-role' | 'bad-shape' }
export function createRateLimit(options?: { capacity?: number; perSecond?: number; now?: () => number }): {
  take(): boolean
}
