// Drives vitrine/events from the browser tests and the benchmark. The test
// passes ?collector=<origin> (its own loopback collector) and optionally
// &ns=<namespace>, &compress=0 (plain JSON bodies) and &segment=1 (the real analytics-next library instead).
import { createTracker, http, segment, type Destination, type Tracker, type HttpDestination } from 'vitrine/events'

const params = new URLSearchParams(location.search)
const collector = params.get('collector') ?? location.origin
const statusEl = document.getElementById('status')!

declare global {
  interface Window {
    __delivery: {
      tracker: Tracker
      /** Tracks n events synchronously, returns their ids. */
      track(n: number, tag?: string): string[]
      /** Tracks one event exactly as given. */
      trackRaw(input: Parameters<Tracker['track']>[0]): string | undefined
      /** Median cost of one track() call in µs, timed over `rounds` rounds of `perRound` calls. */
      timeTrack(rounds: number, perRound: number): number
      stats(): unknown
      ready: Promise<void>
    }
  }
}

async function destinations(): Promise<{ list: Destination[]; httpDest?: HttpDestination }> {
  if (params.get('segment') === '1') {
    const { AnalyticsBrowser } = await import('@segment/analytics-next')
    const host = new URL(collector).host
    const [analytics] = await AnalyticsBrowser.load(
      {
        writeKey: 'vitrine-test',
        // Point both the settings CDN and the API at the loopback collector; with
        // cdnSettings given, analytics-next does not fetch settings at all.
        cdnURL: collector,
        cdnSettings: {
          integrations: { 'Segment.io': { apiKey: 'vitrine-test', apiHost: `${host}/collect/v1`, protocol: 'http' } },
        },
      },
      { disableClientPersistence: true },
    )
    return { list: [segment({ analytics, ecommerce: 'full' })] }
  }
  const httpDest = http({
    url: `${collector}/collect`,
    namespace: params.get('ns') ?? 'vitrine-test',
    maxQueue: Number(params.get('maxQueue') ?? 20_000),
    minRetryMs: 200,
    maxRetryMs: Number(params.get('maxRetryMs') ?? 2000),
    flushIntervalMs: 300,
    compress: params.get('compress') !== '0',
  })
  return { list: [httpDest], httpDest }
}

const { list, httpDest } = await destinations()
const tracker = createTracker({ consent: 'granted', destinations: list, debug: true })
tracker.describeProduct({
  id: 'sofa-glam-velvet',
  name: 'Glam Velvet Sofa',
  price: { amount: 899, currency: 'EUR' },
  variants: [{ id: 'navy', name: 'Navy' }],
})

let seq = 0
window.__delivery = {
  tracker,
  track(n, tag = 'run') {
    const ids: string[] = []
    for (let i = 0; i < n; i++) {
      const name = seq % 50 === 0 ? 'preview_shown' : 'viewer_interaction'
      const e = tracker.track({
        name,
        productId: 'sofa-glam-velvet',
        surface: 'viewer',
        variantId: 'navy',
        props: { kind: 'rotate', seq: seq++, tag },
      })
      if (e) ids.push(e.id)
    }
    return ids
  },
  trackRaw: (input) => tracker.track(input)?.id,
  timeTrack(rounds, perRound) {
    // Its own tracker, so timing runs do not flood the collector; track() costs the same either way.
    const timed = createTracker({ consent: 'granted', destinations: [] })
    const samples: number[] = []
    const input = {
      name: 'viewer_interaction',
      productId: 'sofa-glam-velvet',
      surface: 'viewer' as const,
      props: { kind: 'rotate' },
    }
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now()
      for (let i = 0; i < perRound; i++) timed.track(input)
      samples.push(((performance.now() - t0) * 1000) / perRound)
    }
    timed.close()
    samples.sort((a, b) => a - b)
    return samples[Math.floor(samples.length / 2)]
  },
  stats: () => ({ tracker: tracker.stats(), http: httpDest?.stats() }),
  ready: Promise.resolve(),
}
// Consent is granted at creation, so flushing starts the http() destination: wait until it owns its queue.
await tracker.flush()
window.__delivery.ready = httpDest ? httpDest.ready : Promise.resolve()
await window.__delivery.ready
statusEl.textContent = 'ready'
document.body.dataset.ready = '1'
