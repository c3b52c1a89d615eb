export const ROOM_ID: RegExp
export const ROLES: readonly ['shopper', 'agent']
export function newRoomId(): string
export function signToken(
  secret: string,
  claims: { room: string; role: 'shopper' | 'agent'; ttlS: number; now?: number },
): string
export function verifyToken(
  secret: string,
  token: unknown,
  now?: number,
):
  | { room: string; role: 'shopper' | 'agent'; exp: number; error?: undefined }
  | { error: 'malformed' | 'bad-signature' | 'expired' }
