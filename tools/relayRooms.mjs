// The store's side of "Show it to an agent", as the demo server runs it: it
// opens rooms for shoppers and signs the tokens that let each party into the
// relay. A request handler for tools/serve.mjs (like the collector).
//
//   POST   {prefix}/rooms {productId}         -> {room, token, relay, expiresAt}  (the shopper's token)
//   GET    {prefix}/rooms                     -> [{room, productId, openedAt}]     (the agent inbox lists them)
//   POST   {prefix}/rooms/<room>/agent-token  -> {token, relay, expiresAt}        (short-lived: 60 s, to join)
//   DELETE {prefix}/rooms/<room>                                                   (the shopper stopped)
//
// In a real store the agent routes sit behind the store's own agent login;
// the demo runs on loopback only.
import { newRoomId, ROOM_ID, signToken } from './relayToken.mjs'
import { readBody } from './serve.mjs'

const PRODUCT_ID = /^[A-Za-z0-9][\w.-]{0,63}$/

/**
 * @param {object} o
 * @param {string} o.secret shared with the relay
 * @param {string | ((role: 'shopper' | 'agent') => string)} o.relayUrl where each party connects
 * @param {string} [o.prefix]
 * @param {number} [o.shopperTtlS] the shopper's token lasts the session (it reconnects with it)
 * @param {number} [o.agentTtlS] the agent's token only has to get them in; a reconnect asks for a new one
 */
export function createCoviewRooms({ secret, relayUrl, prefix = '/coview', shopperTtlS = 3600, agentTtlS = 60 }) {
  const rooms = new Map()
  const relayFor = (role) => (typeof relayUrl === 'function' ? relayUrl(role) : relayUrl)
  const json = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(body === undefined ? '' : JSON.stringify(body))
    return true
  }

  async function handle(req, res, url) {
    if (url.pathname !== prefix + '/rooms' && !url.pathname.startsWith(prefix + '/rooms/')) return false
    const parts = url.pathname
      .slice(prefix.length + '/rooms'.length)
      .split('/')
      .filter(Boolean)
    if (parts.length === 0 && req.method === 'POST') {
      let productId
      try {
        productId = JSON.parse((await readBody(req)).toString('utf8') || '{}').productId
      } catch {
        return json(res, 400, { error: 'body is not JSON' })
      }
      if (productId !== undefined && (typeof productId !== 'string' || !PRODUCT_ID.test(productId)))
        return json(res, 400, { error: 'bad productId' })
      const room = newRoomId()
      rooms.set(room, { room, productId: productId ?? null, openedAt: Date.now() })
      const token = signToken(secret, { room, role: 'shopper', ttlS: shopperTtlS })
      return json(res, 201, { room, token, relay: relayFor('shopper'), expiresAt: Date.now() + shopperTtlS * 1000 })
    }
    if (parts.length === 0 && req.method === 'GET') return json(res, 200, [...rooms.values()])
    const room = parts[0]
    if (!ROOM_ID.test(room) || !rooms.has(room)) return json(res, 404, { error: 'no such room' })
    if (parts.length === 1 && req.method === 'DELETE') {
      rooms.delete(room)
      return json(res, 204)
    }
    if (parts.length === 2 && parts[1] === 'agent-token' && req.method === 'POST') {
      const token = signToken(secret, { room, role: 'agent', ttlS: agentTtlS })
      return json(res, 200, { token, relay: relayFor('agent'), expiresAt: Date.now() + agentTtlS * 1000 })
    }
    return json(res, 405, { error: 'method not allowed' })
  }

  return { handle, rooms: () => [...rooms.values()] }
}
