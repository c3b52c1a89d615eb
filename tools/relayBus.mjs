// How relay processes hear each other. One process: an in-memory bus. Several
// processes (several machines): Redis pub/sub, one channel per room, so the
// shopper can be on one process and the agent on another. Closed rooms are
// remembered (in memory, or as a Redis key with an expiry) so a closed room
// cannot be joined again.

const CLOSED_TTL_S = 24 * 3600

/**
 * In-process bus: nothing leaves the process.
 * @returns {RelayBus}
 */
export function memoryBus() {
  const closed = new Set()
  return {
    kind: 'memory',
    async join() {},
    async leave() {},
    async publish() {},
    async markClosed(room) {
      closed.add(room)
    },
    async isClosed(room) {
      return closed.has(room)
    },
    async close() {},
  }
}

/**
 * Redis pub/sub bus (node-redis). `onMessage(room, message)` gets every
 * message other processes publish to a room this process has joined.
 * @param {{ url: string, onMessage: (room: string, message: object) => void, onError?: (err: Error) => void }} options
 * @returns {Promise<RelayBus>}
 */
export async function redisBus({ url, onMessage, onError = () => {} }) {
  const { createClient } = await import('redis')
  const pub = createClient({ url, socket: { reconnectStrategy: (n) => Math.min(50 * 2 ** n, 2000) } })
  pub.on('error', onError)
  const sub = pub.duplicate()
  sub.on('error', onError)
  await Promise.all([pub.connect(), sub.connect()])
  const channel = (room) => `vitrine:coview:${room}`
  const joined = new Set()
  return {
    kind: 'redis',
    async join(room) {
      if (joined.has(room)) return
      joined.add(room)
      await sub.subscribe(channel(room), (text) => {
        try {
          onMessage(room, JSON.parse(text))
        } catch (err) {
          onError(err)
        }
      })
    },
    async leave(room) {
      if (!joined.delete(room)) return
      await sub.unsubscribe(channel(room))
    },
    async publish(room, message) {
      await pub.publish(channel(room), JSON.stringify(message))
    },
    async markClosed(room) {
      await pub.set(`vitrine:coview:closed:${room}`, '1', { EX: CLOSED_TTL_S })
    },
    async isClosed(room) {
      return (await pub.get(`vitrine:coview:closed:${room}`)) === '1'
    },
    async close() {
      await Promise.allSettled([sub.quit(), pub.quit()])
    },
  }
}

/**
 * @typedef {object} RelayBus
 * @property {string} kind
 * @property {(room: string) => Promise<void>} join
 * @property {(room: string) => Promise<void>} leave
 * @property {(room: string, message: object) => Promise<void>} publish
 * @property {(room: string) => Promise<void>} markClosed
 * @property {(room: string) => Promise<boolean>} isClosed
 * @property {() => Promise<void>} close
 */
