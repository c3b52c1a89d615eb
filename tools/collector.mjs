// A real analytics collector for loopback: the demo's event sink and chat
// hand-off inbox, and the fault-injecting server of the delivery tests.
// It is a request handler for tools/serve.mjs: startServer({ mounts, handle: collector.handle }).
//
// Routes (prefix default '/collect'):
//   POST {prefix}                 http() batches {schema, sentAt, batch:[event]}; events kept by id;
//                                 bodies may be Content-Encoding: gzip (bytes are counted as sent)
//   POST {prefix}/v1/{t,p,i,b,batch}  Segment HTTP API (analytics-next with apiHost={host}{prefix}/v1, protocol http)
//   POST {prefix}/handoff         chat hand-off {context, message, snapshotUrl?} from the callback chat provider
//   GET  {prefix}/handoffs?after=N   hand-offs with seq > N (the agent inbox polls this)
//   POST {prefix}/snapshot        image body -> {url}; GET {prefix}/snapshot/<id> serves it back
//   GET  {prefix}/events?after=N  received http() events with seq > N
//   GET  {prefix}/stats           counts: requests by status, unique ids, duplicates
//   POST {prefix}/mode?mode=up|down|500|429&retryAfter=S   fault switch (down = socket reset)
//   POST {prefix}/reset
import zlib from 'node:zlib'
import { readBody } from './serve.mjs'

const MAX_BODY = 1024 * 1024
const MAX_SNAPSHOT = 8 * 1024 * 1024
// A gzip body may not inflate beyond this (a small bomb cannot fill the memory).
const MAX_INFLATED = 8 * 1024 * 1024

export function createCollector({ prefix = '/collect' } = {}) {
  const state = fresh()
  function fresh() {
    return {
      mode: 'up',
      retryAfter: 1,
      refuseGzip: false,
      counts: new Map(), // event id -> times received
      events: [], // first copy of each event, in arrival order, with seq
      segment: new Map(), // messageId -> times received
      segmentEvents: [],
      requests: [], // { t, path, status, bytes, events, encoding }
      handoffs: [],
      snapshots: new Map(),
      seq: 0,
    }
  }

  function cors(res) {
    res.setHeader('access-control-allow-origin', '*')
    res.setHeader('access-control-allow-headers', 'content-type, content-encoding')
    // One preflight per two hours, not one per batch, for the gzip header.
    res.setHeader('access-control-max-age', '7200')
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
    res.setHeader('access-control-expose-headers', 'Retry-After')
  }
  function json(res, status, body) {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(text)
  }
  function log(path, status, bytes, events, encoding = 'identity') {
    state.requests.push({ t: Date.now(), path, status, bytes, events, encoding })
  }

  /** Applies the fault mode to an ingest request; true when it answered (or cut) the request. */
  function fault(req, res, path, bytes) {
    if (state.mode === 'down') {
      log(path, 0, bytes, 0)
      req.socket.destroy()
      return true
    }
    if (state.mode === '500') {
      log(path, 500, bytes, 0)
      json(res, 500, { error: 'collector failing (test mode)' })
      return true
    }
    if (state.mode === '429') {
      log(path, 429, bytes, 0)
      res.setHeader('retry-after', String(state.retryAfter))
      json(res, 429, { error: 'slow down' })
      return true
    }
    return false
  }

  function stats() {
    let duplicates = 0
    for (const n of state.counts.values()) duplicates += n - 1
    let segmentDuplicates = 0
    for (const n of state.segment.values()) segmentDuplicates += n - 1
    const byStatus = {}
    for (const r of state.requests) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1
    return {
      mode: state.mode,
      unique: state.counts.size,
      duplicates,
      received: state.counts.size + duplicates,
      segmentUnique: state.segment.size,
      segmentDuplicates,
      requests: state.requests.length,
      byStatus,
      bytes: state.requests.filter((r) => r.status === 204).reduce((n, r) => n + r.bytes, 0),
      handoffs: state.handoffs.length,
    }
  }

  async function handle(req, res, url) {
    const path = url.pathname
    if (path !== prefix && !path.startsWith(prefix + '/')) return false
    cors(res)
    if (req.method === 'OPTIONS') {
      res.writeHead(204)
      res.end()
      return true
    }
    const sub = path.slice(prefix.length) || '/'

    if (req.method === 'GET') {
      const after = Number(url.searchParams.get('after') ?? 0)
      if (sub === '/stats') return (json(res, 200, stats()), true)
      // The two logs a test polls: what arrived after the last `seq` it has seen.
      const log = { '/events': state.events, '/handoffs': state.handoffs }[sub]
      if (log) {
        const fresh = log.filter((entry) => entry.seq > after)
        json(res, 200, fresh)
        return true
      }
      const snap = sub.match(/^\/snapshot\/([\w-]+)$/)
      if (snap && state.snapshots.has(snap[1])) {
        const { type, body } = state.snapshots.get(snap[1])
        res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' })
        res.end(body)
        return true
      }
      return (json(res, 404, { error: 'not found' }), true)
    }
    if (req.method !== 'POST') return (json(res, 405, { error: 'method not allowed' }), true)

    if (sub === '/mode') {
      const mode = url.searchParams.get('mode') ?? 'up'
      if (!['up', 'down', '500', '429'].includes(mode))
        return (json(res, 400, { error: 'mode is up, down, 500 or 429' }), true)
      state.mode = mode
      state.retryAfter = Number(url.searchParams.get('retryAfter') ?? state.retryAfter)
      return (json(res, 200, { mode }), true)
    }
    if (sub === '/reset') {
      Object.assign(state, fresh())
      return (json(res, 200, { ok: true }), true)
    }

    const limit = sub === '/snapshot' ? MAX_SNAPSHOT : MAX_BODY
    const body = await readBody(req)
    if (body.length > limit) return (json(res, 413, { error: 'too large' }), true)

    if (sub === '/snapshot') {
      const type = String(req.headers['content-type'] ?? '')
      if (!/^image\/(png|jpeg|webp)$/.test(type)) return (json(res, 415, { error: 'PNG, JPEG or WebP only' }), true)
      const id = `s${state.snapshots.size + 1}-${Date.now().toString(36)}`
      state.snapshots.set(id, { type, body })
      return (json(res, 201, { url: `${prefix}/snapshot/${id}` }), true)
    }

    const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase()
    let text
    if (encoding === 'gzip') {
      try {
        text = zlib.gunzipSync(body, { maxOutputLength: MAX_INFLATED }).toString('utf8')
      } catch {
        log(sub, 400, body.length, 0, encoding)
        return (json(res, 400, { error: 'body is not valid gzip, or inflates beyond 8 MB' }), true)
      }
    } else if (encoding === 'identity') text = body.toString('utf8')
    else {
      log(sub, 415, body.length, 0, encoding)
      return (json(res, 415, { error: `Content-Encoding ${encoding} not accepted; use gzip or none` }), true)
    }

    let payload
    try {
      payload = JSON.parse(text)
    } catch {
      log(sub, 400, body.length, 0)
      return (json(res, 400, { error: 'body is not JSON' }), true)
    }

    if (sub === '/handoff') {
      if (!payload || typeof payload !== 'object' || typeof payload.context !== 'object')
        return (json(res, 400, { error: 'expected {context, message}' }), true)
      state.handoffs.push({
        seq: ++state.seq,
        at: Date.now(),
        context: payload.context,
        message: String(payload.message ?? ''),
        snapshotUrl: payload.snapshotUrl ?? null,
      })
      return (json(res, 201, { ok: true }), true)
    }

    if (sub === '/') {
      if (fault(req, res, sub, body.length)) return true
      if (state.refuseGzip && encoding === 'gzip') {
        log(sub, 415, body.length, 0, encoding)
        return (json(res, 415, { error: 'gzip refused (test switch)' }), true)
      }
      if (
        payload?.schema !== 1 ||
        !Array.isArray(payload.batch) ||
        payload.batch.some((e) => typeof e?.id !== 'string')
      ) {
        log(sub, 400, body.length, 0)
        return (json(res, 400, { error: 'expected {schema: 1, batch: [{id, …}]}' }), true)
      }
      for (const event of payload.batch) {
        const n = state.counts.get(event.id) ?? 0
        state.counts.set(event.id, n + 1)
        if (!n) state.events.push({ seq: ++state.seq, ...event })
      }
      log(sub, 204, body.length, payload.batch.length, encoding)
      res.writeHead(204)
      res.end()
      return true
    }

    const seg = sub.match(/^\/v1\/(t|p|i|g|a|s|b|batch)$/)
    if (seg) {
      if (fault(req, res, sub, body.length)) return true
      const items = Array.isArray(payload?.batch) ? payload.batch : [payload]
      for (const item of items) {
        const id = item?.messageId
        if (typeof id !== 'string') continue
        const n = state.segment.get(id) ?? 0
        state.segment.set(id, n + 1)
        if (!n) state.segmentEvents.push(item)
      }
      log(sub, 200, body.length, items.length)
      return (json(res, 200, { success: true }), true)
    }
    return (json(res, 404, { error: 'not found' }), true)
  }

  return {
    handle,
    stats,
    setMode(mode, retryAfter) {
      state.mode = mode
      if (retryAfter !== undefined) state.retryAfter = retryAfter
    },
    /** Test switch: answer 415 to gzip bodies, like a collector that never learnt them. */
    refuseGzip(on = true) {
      state.refuseGzip = on
    },
    /** How many times each http() event id arrived. */
    counts: () => new Map(state.counts),
    events: () => [...state.events],
    segmentEvents: () => [...state.segmentEvents],
    segmentCounts: () => new Map(state.segment),
    requests: () => [...state.requests],
    handoffs: () => [...state.handoffs],
    reset() {
      Object.assign(state, fresh())
    },
  }
}
