// What the co-view relay lets through. The relay is the privacy guard of the
// shared view: only the small, typed messages of the protocol pass (see
// src/coview/protocol.ts, whose every message a unit test runs through this
// filter), each under 4 kB, with no arrays (landmarks, meshes), no unknown
// keys, and nothing that looks like an image (data: URLs, base64 runs, image
// magic numbers) or a binary frame. Everything else is dropped and counted.

export const MAX_MESSAGE_BYTES = 4096

/** Message types each role may send. */
export const TYPES_BY_ROLE = {
  shopper: ['state', 'patch', 'answer', 'end'],
  agent: ['suggest'],
}

const ID = /^[A-Za-z0-9][\w.-]{0,63}$/
const SURFACES = ['viewer', 'ar', 'tryon']
const AR_STATUS = ['off', 'searching', 'placed']
const AR_SURFACES = ['floor', 'wall', 'table']
const SUGGESTION_KINDS = ['variant', 'shade', 'hotspot', 'angle']
const END_REASONS = ['stopped', 'left']
// A data: URL, a long base64 run, or the base64 start of a PNG / JPEG / WebP / GIF.
const IMAGE_LIKE = /data:[\w.+-]*\/|;base64,|[A-Za-z0-9+/_-]{120,}={0,2}|iVBORw0KGgo|\/9j\/4|UklGR|R0lGOD/i

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumber = (v, min, max) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
const idOrNull = (v) => v === null || (typeof v === 'string' && ID.test(v))
const onlyKeys = (o, keys) => Object.keys(o).every((k) => keys.includes(k))

/** The orbit of the 3D view: degrees around and above the model, zoom 1 = framed. */
export function validOrbit(o) {
  return (
    isObject(o) &&
    onlyKeys(o, ['azimuth', 'elevation', 'zoom']) &&
    isNumber(o.azimuth, -360, 360) &&
    isNumber(o.elevation, -90, 90) &&
    isNumber(o.zoom, 0.01, 20)
  )
}

const FIELDS = {
  productId: idOrNull,
  surface: (v) => SURFACES.includes(v),
  variant: idOrNull,
  orbit: (v) => v === null || validOrbit(v),
  dimensions: (v) => typeof v === 'boolean',
  hotspot: idOrNull,
  ar: (v) =>
    isObject(v) &&
    onlyKeys(v, ['status', 'surface', 'distance']) &&
    AR_STATUS.includes(v.status) &&
    (v.surface === undefined || v.surface === null || AR_SURFACES.includes(v.surface)) &&
    (v.distance === undefined || v.distance === null || isNumber(v.distance, 0, 1000)),
  tryon: (v) =>
    isObject(v) && onlyKeys(v, ['shade', 'intensity']) && idOrNull(v.shade ?? null) && isNumber(v.intensity, 0, 1),
}
export const STATE_KEYS = Object.keys(FIELDS)

function validState(s, complete) {
  if (!isObject(s)) return false
  const keys = Object.keys(s)
  if (complete ? keys.length !== STATE_KEYS.length : keys.length === 0) return false
  return keys.every((k) => Object.hasOwn(FIELDS, k) && FIELDS[k](s[k]))
}

const SHAPES = {
  state: (m) => onlyKeys(m, ['t', 's']) && validState(m.s, true),
  patch: (m) => onlyKeys(m, ['t', 's']) && validState(m.s, false),
  answer: (m) =>
    onlyKeys(m, ['t', 'id', 'accepted']) &&
    typeof m.id === 'string' &&
    ID.test(m.id) &&
    typeof m.accepted === 'boolean',
  end: (m) => onlyKeys(m, ['t', 'reason']) && END_REASONS.includes(m.reason),
  suggest: (m) =>
    onlyKeys(m, ['t', 'id', 'kind', 'value']) &&
    typeof m.id === 'string' &&
    ID.test(m.id) &&
    SUGGESTION_KINDS.includes(m.kind) &&
    (m.kind === 'angle' ? validOrbit(m.value) : typeof m.value === 'string' && ID.test(m.value)),
}

/**
 * Checks one frame from a client of `role`.
 * @param {Buffer | ArrayBuffer | Buffer[] | string} data
 * @param {boolean} isBinary
 * @param {'shopper' | 'agent'} role
 * @returns {{ ok: true, message: object, text: string } | { ok: false, reason: string }}
 */
export function checkMessage(data, isBinary, role) {
  if (isBinary) return { ok: false, reason: 'binary' }
  const text =
    typeof data === 'string'
      ? data
      : Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Array.isArray(data)
          ? Buffer.concat(data).toString('utf8')
          : Buffer.from(data).toString('utf8')
  if (Buffer.byteLength(text, 'utf8') > MAX_MESSAGE_BYTES) return { ok: false, reason: 'too-large' }
  if (IMAGE_LIKE.test(text)) return { ok: false, reason: 'image' }
  let message
  try {
    message = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'not-json' }
  }
  if (!isObject(message) || typeof message.t !== 'string' || !Object.hasOwn(SHAPES, message.t))
    return { ok: false, reason: 'unknown-type' }
  if (!TYPES_BY_ROLE[role]?.includes(message.t)) return { ok: false, reason: 'wrong-role' }
  if (!SHAPES[message.t](message)) return { ok: false, reason: 'bad-shape' }
  return { ok: true, message, text }
}

/**
 * A token bucket per connection: `capacity` messages at once, refilled at
 * `perSecond`. The shopper's camera is throttled to 15 a second, well under.
 */
export function createRateLimit({ capacity = 40, perSecond = 30, now = () => Date.now() } = {}) {
  let tokens = capacity
  let last = now()
  return {
    take() {
      const t = now()
      tokens = Math.min(capacity, tokens + ((t - last) / 1000) * perSecond)
      last = t
      if (tokens < 1) return false
      tokens -= 1
      return true
    },
  }
}
