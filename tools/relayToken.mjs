// Room ids and join tokens of the co-view relay ("Show it to an agent").
// The store's server creates a room and signs a token for each party with a
// secret it shares with the relay; the relay only checks the signature and
// the expiry, so it never needs the store's database. Tokens are
//   base64url(JSON {r: room, p: role, e: expiry (epoch s), n: nonce}) "." base64url(HMAC-SHA256)
// and travel as a WebSocket sub-protocol (`t.<token>`), never in a URL that
// a proxy would log.
import crypto from 'node:crypto'

/** 128 random bits, base64url: 22 characters nobody can guess or enumerate. */
export const ROOM_ID = /^[A-Za-z0-9_-]{22}$/
export const ROLES = ['shopper', 'agent']

/** A fresh, unguessable room id. */
export function newRoomId() {
  return crypto.randomBytes(16).toString('base64url')
}

/**
 * Signs a join token.
 * @param {string} secret shared by the store's server and the relay
 * @param {{ room: string, role: 'shopper' | 'agent', ttlS: number, now?: number }} claims
 */
export function signToken(secret, { room, role, ttlS, now = Date.now() }) {
  if (!ROOM_ID.test(room)) throw new Error('bad room id')
  if (!ROLES.includes(role)) throw new Error('bad role')
  const payload = Buffer.from(
    JSON.stringify({
      r: room,
      p: role,
      e: Math.floor(now / 1000) + ttlS,
      n: crypto.randomBytes(6).toString('base64url'),
    }),
  ).toString('base64url')
  return `${payload}.${mac(secret, payload)}`
}

/**
 * Checks a token: `{ room, role, exp }`, or `{ error }` for a forged, malformed or expired one.
 * @param {string} secret
 * @param {unknown} token
 */
export function verifyToken(secret, token, now = Date.now()) {
  if (typeof token !== 'string' || token.length > 400) return { error: 'malformed' }
  const [payload, sig, extra] = token.split('.')
  if (!payload || !sig || extra !== undefined) return { error: 'malformed' }
  const expected = Buffer.from(mac(secret, payload))
  const given = Buffer.from(sig)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { error: 'bad-signature' }
  let claims
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return { error: 'malformed' }
  }
  if (!ROOM_ID.test(claims?.r) || !ROLES.includes(claims?.p) || typeof claims?.e !== 'number')
    return { error: 'malformed' }
  if (claims.e * 1000 < now) return { error: 'expired' }
  return { room: claims.r, role: claims.p, exp: claims.e }
}

function mac(secret, payload) {
  return crypto.createHmac('sha256', secret).update(payload).digest('base64url')
}
