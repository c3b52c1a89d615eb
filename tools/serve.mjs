// A small loopback HTTP server shared by the demo (`npm start`), the browser
// tests and the benchmarks. It serves static folders by URL prefix, adds the
// failure modes the tests need (404, stalled body, slow network) and hosts
// the analytics collector. No dependency: it must start on a fresh clone.
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.bin': 'application/octet-stream',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.hdr': 'application/octet-stream',
  '.ktx2': 'image/ktx2',
  '.usdz': 'model/vnd.usdz+zip',
  '.data': 'application/octet-stream',
  '.binarypb': 'application/octet-stream',
  '.tflite': 'application/octet-stream',
  '.y4m': 'video/x-raw',
  '.txt': 'text/plain',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.gltf'])

/**
 * @param {object} opts
 * @param {Record<string,string>} opts.mounts URL prefix -> folder on disk ('/' last resort)
 * @param {number} [opts.port] 0 picks a free port
 * @param {(req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>} [opts.handle]
 *   extra routes; return true when handled
 * @param {Record<string,string>} [opts.headers] sent with every file served (a CDN's CORS header, a page's CSP);
 *   none by default: a plain static server sends no Access-Control-Allow-Origin
 */
export async function startServer({ mounts, port = 0, handle, headers: extra = {} }) {
  const ordered = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length)
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    try {
      if (handle && (await handle(req, res, url))) return
      if (await handleFaults(req, res, url, ordered)) return
      const file = resolveFile(ordered, decodeURIComponent(url.pathname))
      if (!file) return send(res, 404, 'not found')
      serveFile(req, res, file, url, extra)
    } catch (err) {
      if (!res.headersSent) send(res, 500, String(err))
      else res.destroy()
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`
  return {
    server,
    origin,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.()
        server.close(r)
      }),
  }
}

function resolveFile(ordered, pathname) {
  for (const [prefix, dir] of ordered) {
    if (!pathname.startsWith(prefix)) continue
    const rel = pathname.slice(prefix.length)
    const full = path.resolve(dir, '.' + path.posix.normalize('/' + rel))
    if (!full.startsWith(path.resolve(dir))) return null
    let candidate = full
    if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) candidate = path.join(candidate, 'index.html')
    if (fs.existsSync(candidate)) return candidate
  }
  return null
}

function serveFile(req, res, file, url, extra = {}) {
  const ext = path.extname(file).toLowerCase()
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...extra }
  const throttle = Number(url.searchParams.get('kbps') ?? 0)
  const body = fs.readFileSync(file)
  if (COMPRESSIBLE.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '') && !throttle) {
    const gz = zlib.gzipSync(body)
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': gz.length })
    return res.end(gz)
  }
  res.writeHead(200, { ...headers, 'content-length': body.length })
  if (!throttle) return res.end(body)
  // Slow network: dribble the body so progress bars can be seen and tested.
  const chunk = Math.max(1024, Math.round((throttle * 1024) / 10))
  let offset = 0
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer)
    res.write(body.subarray(offset, offset + chunk))
    offset += chunk
    if (offset >= body.length) {
      clearInterval(timer)
      res.end()
    }
  }, 100)
}

/** Failure modes, addressed as /__fault/<kind>/<path of a real file>. */
async function handleFaults(req, res, url, ordered) {
  const m = url.pathname.match(/^\/__fault\/([a-z-]+)(\/.*)?$/)
  if (!m) return false
  const [, kind, rest = '/'] = m
  const file = resolveFile(ordered, rest)
  const body = file ? fs.readFileSync(file) : Buffer.alloc(0)
  switch (kind) {
    case 'not-found':
      send(res, 404, 'not found')
      return true
    case 'truncated': // a complete response whose body is cut short: a corrupt file
      res.writeHead(200, { 'content-type': 'model/gltf-binary', 'content-length': Math.floor(body.length / 3) })
      res.end(body.subarray(0, Math.floor(body.length / 3)))
      return true
    case 'bad-magic': {
      const copy = Buffer.from(body)
      copy.write('NOPE', 0, 'ascii')
      res.writeHead(200, { 'content-type': 'model/gltf-binary', 'content-length': copy.length })
      res.end(copy)
      return true
    }
    case 'drop': // the network drops mid-body: promise the full length, then cut the socket
      res.writeHead(200, { 'content-type': 'model/gltf-binary', 'content-length': body.length })
      res.write(body.subarray(0, Math.floor(body.length / 2)))
      setTimeout(() => res.destroy(), 150)
      return true
    case 'hang': // headers, then nothing: a stalled connection
      res.writeHead(200, { 'content-type': 'model/gltf-binary', 'content-length': body.length || 1000 })
      req.on('close', () => res.destroy())
      return true
    default:
      return false
  }
}

export function send(res, status, text, type = 'text/plain') {
  res.writeHead(status, { 'content-type': type })
  res.end(text)
}

export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
