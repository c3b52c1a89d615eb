// `npm start`: builds the demo storefront and serves it, with our sample
// products and a real analytics collector / chat inbox, on one local port.
import { build } from 'vite'
import path from 'node:path'
import { startServer } from '../tools/serve.mjs'
import { createCollector } from '../tools/collector.mjs'
import { buildElement } from '../tools/elementBuild.mjs'
import { createCatalog } from './plain/catalog.mjs'
import crypto from 'node:crypto'
import { startRelay } from '../tools/relay.mjs'
import { createCoviewRooms } from '../tools/relayRooms.mjs'

const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.PORT ?? 5173)
process.env.NODE_ENV = 'production'
console.log('Building the demo storefront…')
await build({ configFile: path.join(root, 'demo/vite.config.ts') })
// The plain-HTML storefront loads the self-contained <vitrine-product> from /vitrine/, as a store's own host would serve it.
await buildElement(root, path.join(root, '.vitrine/element'))
const collector = createCollector({ prefix: '/collect' })
// "Show it to an agent": the relay on its own port, and this server signing the join tokens with a
// secret only the two of them know (a fresh one per start).
const secret = process.env.COVIEW_SECRET ?? crypto.randomBytes(24).toString('base64url')
const relay = await startRelay({
  secret,
  port: Number(process.env.COVIEW_PORT ?? port + 1),
  redisUrl: process.env.COVIEW_REDIS,
})
const rooms = createCoviewRooms({ secret, relayUrl: relay.url })
const catalog = createCatalog(root)
const server = await startServer({
  port,
  mounts: {
    '/': path.join(root, '.vitrine/demo'),
    '/assets/': path.join(root, 'assets'),
    '/plain/': path.join(root, 'demo/plain'),
    '/vitrine/': path.join(root, '.vitrine/element'),
  },
  handle: async (req, res, url) =>
    catalog.handle(req, res, url) || (await rooms.handle(req, res, url)) || collector.handle(req, res, url),
})
console.log(`\nMaison Nord demo storefront: ${server.origin}/`)
console.log(`Plain HTML storefront:         ${server.origin}/plain/`)
console.log(`Agent inbox (chat hand-offs):  ${server.origin}/inbox.html`)
console.log(`Co-view relay ("Show an agent"): ${relay.url}`)
console.log('Press Ctrl+C to stop.')
