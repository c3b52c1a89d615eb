// The co-view relay ("Show it to an agent"): a small WebSocket server that
// passes the shopper's shared view to the agent's mirror and the agent's
// suggestions back. It holds no state of its own beyond who is connected:
// when an agent joins, the shopper's client sends its whole state again, so a
// restarted relay catches up by itself. Several processes share rooms through
// Redis pub/sub (`redisUrl`).
//
// Security: a join needs a token signed by the store's server (relayToken.mjs),
// which also fixes the room and the role; every message passes relayFilter.mjs
// (4 kB, known types only, nothing image-like, no binary frames) and a rate
// limit per connection; the room closes when the shopper stops sharing, or
// leaves and does not come back within `graceMs`.
//
//   node tools/relay.mjs [--port 5174] [--host 127.0.0.1] [--redis redis://127.0.0.1:6379]
//   with the signing secret in COVIEW_SECRET. Prints one JSON line {"relay": "ws://…/coview"}.
import http from 'node:http'
import crypto from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { WebSocketServer } from 'ws'
import { verifyToken } from './relayToken.mjs'
import { checkMessage, createRateLimit } from './relayFilter.mjs'
import { memoryBus, redisBus } from './relayBus.mjs'

/** The WebSocket sub-protocol; the token rides beside it as `t.<token>`. */
export const PROTOCOL = 'vitrine-coview.1'
/** Close codes the clients act on: refused and closed are final, the rest reconnect. */
export const CLOSE = { ended: 4000, refused: 4401, closed: 4404, replaced: 4409, abuse: 1008 }

/**
 * @param {object} o
 * @param {string} o.secret HMAC secret shared with the store's server (>= 16 chars)
 * @param {number} [o.port] 0 picks a free port
 * @param {string} [o.host]
 * @param {string} [o.redisUrl] spread rooms over processes through this Redis
 * @param {number} [o.graceMs] how long a room waits for a shopper whose connection dropped
 * @param {number} [o.idleMs] how long agents wait in a room with no sign of the shopper
 * @param {{ capacity?: number, perSecond?: number }} [o.rate]
 * @param {(line: string) => void} [o.log]
 */
export async function startRelay({
  secret,
  port = 0,
  host = '127.0.0.1',
  redisUrl,
  graceMs = 5000,
  idleMs = 30_000,
  beatMs = 5000,
  rate,
  log = () => {},
}) {
  if (typeof secret !== 'string' || secret.length < 16)
    throw new Error('startRelay needs a secret of at least 16 characters')
  const processId = crypto.randomBytes(6).toString('base64url')
  const rooms = new Map()
  const stats = { connections: 0, refused: 0, forwarded: 0, rateLimited: 0, dropped: {} }
  let stopping = false
  const bus = redisUrl
    ? await redisBus({ url: redisUrl, onMessage: fromBus, onError: (err) => log(`redis: ${err.message}`) })
    : memoryBus()

  const send = (ws, message) => {
    if (ws && ws.readyState === ws.OPEN) ws.send(typeof message === 'string' ? message : JSON.stringify(message))
  }
  const publish = (r, message) =>
    bus.publish(r.id, { o: processId, ...message }).catch((err) => log(`publish: ${err.message}`))

  async function ensureRoom(id) {
    let r = rooms.get(id)
    if (r) return r
    r = { id, shopper: null, agents: new Map(), grace: null, lastShopperAt: Date.now(), ended: false }
    rooms.set(id, r)
    // Subscribed before anything is published, so no reply is missed.
    await bus.join(id)
    return r
  }
  function forget(r) {
    if (r.shopper || r.agents.size || r.grace || rooms.get(r.id) !== r) return
    rooms.delete(r.id)
    void bus.leave(r.id).catch(() => {})
  }
  function endLocal(r, reason) {
    r.ended = true
    clearTimeout(r.grace)
    r.grace = null
    for (const ws of r.agents.values()) {
      send(ws, { t: 'ended', reason })
      ws.close(CLOSE.ended, reason)
    }
    r.agents.clear()
    if (r.shopper) {
      send(r.shopper, { t: 'ended', reason })
      r.shopper.close(CLOSE.ended, reason)
    }
    r.shopper = null
    rooms.delete(r.id)
    void bus.leave(r.id).catch(() => {})
  }
  async function endRoom(r, reason) {
    log(`room ${r.id.slice(0, 6)}… ended (${reason})`)
    await bus.markClosed(r.id).catch((err) => log(`markClosed: ${err.message}`))
    await publish(r, { k: 'end', reason })
    endLocal(r, reason)
  }

  function fromBus(roomId, m) {
    if (m.o === processId) return
    const r = rooms.get(roomId)
    if (!r) return
    if (m.k === 'to-agents') {
      r.lastShopperAt = Date.now()
      for (const ws of r.agents.values()) send(ws, m.text)
    } else if (m.k === 'to-shopper') send(r.shopper, m.text)
    else if (m.k === 'peer') send(r.shopper, { t: 'peer', event: m.event, peer: m.peer })
    else if (m.k === 'beat') r.lastShopperAt = Date.now()
    else if (m.k === 'who') {
      // The shopper (re)joined on another process: no grace ending here, and it should hear of our agents.
      clearTimeout(r.grace)
      r.grace = null
      r.lastShopperAt = Date.now()
      if (r.shopper) {
        r.shopper.close(CLOSE.replaced, 'joined elsewhere')
        r.shopper = null
      }
      for (const peer of r.agents.keys()) void publish(r, { k: 'peer', event: 'joined', peer })
    } else if (m.k === 'end') endLocal(r, m.reason)
  }

  const beat = setInterval(() => {
    const now = Date.now()
    for (const r of rooms.values()) {
      if (r.shopper) void publish(r, { k: 'beat' })
      else if (r.agents.size && !r.grace && now - r.lastShopperAt > idleMs) void endRoom(r, 'left')
    }
  }, beatMs)
  beat.unref()

  const server = http.createServer((req, res) => {
    if (req.url === '/stats') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(statsNow()))
      return
    }
    res.writeHead(404)
    res.end()
  })
  const wss = new WebSocketServer({
    server,
    path: '/coview',
    maxPayload: 64 * 1024,
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  })

  wss.on('connection', async (ws, req) => {
    stats.connections++
    const offered = String(req.headers['sec-websocket-protocol'] ?? '')
      .split(',')
      .map((p) => p.trim())
    const claims = verifyToken(secret, offered.find((p) => p.startsWith('t.'))?.slice(2))
    if (claims.error) {
      stats.refused++
      log(`refused a join: token ${claims.error}`)
      ws.close(CLOSE.refused, `token ${claims.error}`)
      return
    }
    // Frames that arrive while the room is being joined wait their turn.
    const early = []
    let handler = (data, isBinary) => early.push([data, isBinary])
    ws.on('message', (data, isBinary) => handler(data, isBinary))
    ws.on('error', () => {})
    if (await bus.isClosed(claims.room).catch(() => false)) {
      ws.close(CLOSE.closed, 'room closed')
      return
    }
    if (ws.readyState !== ws.OPEN) return
    const r = await ensureRoom(claims.room)
    const peer = crypto.randomBytes(4).toString('hex')
    const limit = createRateLimit(rate)
    let strikes = 0
    const role = claims.role

    if (role === 'shopper') {
      if (r.shopper) r.shopper.close(CLOSE.replaced, 'joined again')
      r.shopper = ws
      clearTimeout(r.grace)
      r.grace = null
      r.lastShopperAt = Date.now()
      send(ws, { t: 'welcome', role, peers: [...r.agents.keys()] })
      void publish(r, { k: 'who' })
    } else {
      r.agents.set(peer, ws)
      send(ws, { t: 'welcome', role, peers: [] })
      send(r.shopper, { t: 'peer', event: 'joined', peer })
      void publish(r, { k: 'peer', event: 'joined', peer })
    }

    handler = (data, isBinary) => {
      if (!limit.take()) {
        stats.rateLimited++
        if (++strikes > 200) ws.close(CLOSE.abuse, 'rate limit')
        return
      }
      const checked = checkMessage(data, isBinary, role)
      if (!checked.ok) {
        stats.dropped[checked.reason] = (stats.dropped[checked.reason] ?? 0) + 1
        send(ws, { t: 'dropped', reason: checked.reason })
        return
      }
      stats.forwarded++
      if (role === 'shopper') {
        r.lastShopperAt = Date.now()
        if (checked.message.t === 'end') {
          void endRoom(r, checked.message.reason)
          return
        }
        for (const agent of r.agents.values()) send(agent, checked.text)
        void publish(r, { k: 'to-agents', text: checked.text })
      } else {
        send(r.shopper, checked.text)
        void publish(r, { k: 'to-shopper', text: checked.text })
      }
    }
    for (const [data, isBinary] of early.splice(0)) handler(data, isBinary)

    ws.on('close', () => {
      if (stopping || r.ended) return
      if (role === 'shopper') {
        if (r.shopper !== ws) return
        r.shopper = null
        // A dropped connection (a tunnel, a phone locking) gets a moment to come back.
        r.grace = setTimeout(() => {
          r.grace = null
          void endRoom(r, 'left')
        }, graceMs)
      } else {
        r.agents.delete(peer)
        send(r.shopper, { t: 'peer', event: 'left', peer })
        void publish(r, { k: 'peer', event: 'left', peer })
        forget(r)
      }
    })
  })

  function statsNow() {
    return { ...stats, dropped: { ...stats.dropped }, rooms: rooms.size, bus: bus.kind }
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address()
  const url = `ws://${host}:${address.port}/coview`
  return {
    url,
    port: address.port,
    stats: statsNow,
    async close() {
      stopping = true
      clearInterval(beat)
      for (const r of rooms.values()) clearTimeout(r.grace)
      for (const ws of wss.clients) ws.terminate()
      await new Promise((resolve) => wss.close(() => resolve()))
      await new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      })
      await bus.close()
    },
  }
}

function argValue(name) {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : undefined
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const relay = await startRelay({
    secret: process.env.COVIEW_SECRET ?? '',
    port: Number(argValue('port') ?? 5174),
    host: argValue('host') ?? '127.0.0.1',
    redisUrl: argValue('redis'),
    graceMs: Number(argValue('grace-ms') ?? 5000),
    log: (line) => console.error(`[relay] ${line}`),
  })
  console.log(JSON.stringify({ relay: relay.url, pid: process.pid }))
  const stop = () => {
    void relay.close().then(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
