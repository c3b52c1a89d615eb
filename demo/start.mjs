// `npm start`: builds the demo storefront and serves it, with our sample
// products and a real analytics collector / chat inbox, on one local port.
import { build } from 'vite'
import path from 'node:path'
import { startServer } from '../tools/serve.mjs'
import { createCollector } from '../tools/collector.mjs'

const root = path.resolve(import.meta.dirname, '..')
const port = Number(process.env.PORT ?? 5173)
process.env.NODE_ENV = 'production'
console.log('Building the demo storefront…')
await build({ configFile: path.join(root, 'demo/vite.config.ts') })
const collector = createCollector({ prefix: '/collect' })
const server = await startServer({
  port,
  mounts: { '/': path.join(root, '.vitrine/demo'), '/assets/': path.join(root, 'assets') },
  handle: collector.handle,
})
console.log(`\nMaison Nord demo storefront: ${server.origin}/`)
console.log(`Agent inbox (chat hand-offs):  ${server.origin}/inbox.html`)
console.log('Press Ctrl+C to stop.')
