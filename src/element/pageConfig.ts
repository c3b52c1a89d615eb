// For pages without a bundler: one small config block sets up the tracker and
// the chat for every <vitrine-product> on the page.
//
//   <script type="application/json" id="vitrine-config">
//     {"events": {"destinations": [{"type": "http", "url": "/collect"}], "consent": "pending"},
//      "chat": {"provider": "webhook", "url": "/collect/handoff"}}
//   </script>
//
// and/or `window.vitrineConfig = { consent: () => myCmp.allows('analytics') }`
// before the script (for what JSON cannot hold: a consent callback, a
// destination object). The page reports consent by calling the callback, or by
// `document.dispatchEvent(new CustomEvent('vitrine-consent', { detail: true }))`.
// The tracker code loads only when there is a config, and after the first poster.
import { configureVitrine, deferServices, type VitrineServices } from './services'
import type { VitrinePageConfig } from './fromConfig'

declare global {
  interface Window {
    /** Read once when the self-contained build starts. */
    vitrineConfig?: VitrinePageConfig
    /** Set by the self-contained build: the page's tracker and chat, once made. */
    vitrine?: { ready: Promise<VitrineServices>; configure: typeof configureVitrine }
  }
}

/** The merged config of the JSON block and `window.vitrineConfig`, or null when the page has neither. */
export function readPageConfig(): VitrinePageConfig | null {
  let fromBlock: VitrinePageConfig | null = null
  const block = document.getElementById('vitrine-config')
  if (block?.textContent?.trim()) {
    try {
      fromBlock = JSON.parse(block.textContent) as VitrinePageConfig
    } catch (err) {
      console.warn('[vitrine] <script id="vitrine-config"> is not valid JSON; analytics and chat are off.', err)
    }
  }
  const fromWindow = typeof window.vitrineConfig === 'object' && window.vitrineConfig ? window.vitrineConfig : null
  if (!fromBlock && !fromWindow) return null
  return {
    ...fromBlock,
    ...fromWindow,
    events: fromBlock?.events || fromWindow?.events ? { ...fromBlock?.events, ...fromWindow?.events } : undefined,
    chat: fromWindow?.chat ?? fromBlock?.chat,
  }
}

/** Reads the page's config and, when there is one, loads and configures the tracker and chat. */
export function startFromPage(): void {
  if (typeof document === 'undefined') return
  const config = readPageConfig()
  let resolve!: (services: VitrineServices) => void
  const ready = new Promise<VitrineServices>((r) => {
    resolve = r
  })
  window.vitrine = { ready, configure: configureVitrine }
  if (!config) {
    resolve({})
    return
  }
  deferServices(
    () => {
      import('./fromConfig')
        .then((m) => {
          const services = m.servicesFromConfig(config)
          configureVitrine(services)
          resolve(services)
        })
        .catch((err: unknown) => {
          console.warn('[vitrine] analytics and chat could not start:', err)
          configureVitrine({})
          resolve({})
        })
    },
    { chat: !!config.chat },
  )
}
