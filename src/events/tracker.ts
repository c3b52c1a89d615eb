// createTracker(): the framework-free heart of `vitrine/events`. track() only
// stamps the event and pushes it to an in-memory array; scrubbing, consent,
// and fan-out to destinations happen later in an idle callback.

import { checkConsent, ConsentBuffer, readConsent, type ConsentSource, type ConsentState } from './consent'
import { readShopperIds, refuseId, type IdentityOptions } from './identity'
import type { Destination, DestinationContext, ProductInfo } from './destination'
import { EVENT_NAME_PATTERN } from './catalog'
import { whenIdle } from './idle'
import { newId } from './ids'
import { scrubProps, type DroppedProp } from './pii'
import { isSessionSampled } from './sampling'
import type { ShopperIds, TrackInput, TrackerLike, VitrineEvent } from './types'
import { watchPageExit, type ExitKind } from './pageExit'

/** How `createTracker` collects and sends: destinations, consent, identity, sampling, debug. */
export interface TrackerOptions {
  /** Where events go. Several can run at once; one that throws never breaks the others. */
  destinations?: Destination[]
  /**
   * The store's consent. Nothing is handed to a destination until it is
   * 'granted'. Default 'pending'. `true` / `false` mean granted / refused.
   * A function is asked before each delivery.
   */
  consent?: ConsentSource
  /**
   * With consent, events (and the chat hand-off) carry the ids the store
   * already uses: GA4 client id, Segment anonymousId / userId, its customer
   * id. Default `{ ga4: true, segment: true }`; `false` attaches none.
   */
  identity?: IdentityOptions | false
  /** Share of sessions kept, 0..1 (default 1). Whole sessions are sampled, not events. */
  sampleRate?: number
  /** Warn in the console about dropped properties, bad names and failing destinations. */
  debug?: boolean
  /** Events held while consent is pending (default 500); beyond it the oldest are dropped and counted. */
  maxPreConsent?: number
  /** Override the session id (default: kept in sessionStorage once consent is granted). */
  sessionId?: string
  /** Where debug warnings go (default console). */
  logger?: Pick<Console, 'warn' | 'error'>
}

/** Counts of what the tracker did with events (tracked, sent, held for consent, refused). */
export interface TrackerStats {
  tracked: number
  delivered: number
  /** Pre-consent events dropped because the buffer was full. */
  droppedPreConsent: number
  /** Events dropped because consent was refused. */
  droppedDenied: number
  droppedBadName: number
  /** Properties removed by the PII guard. */
  droppedProps: number
  destinationErrors: number
  waitingForConsent: number
}

/** A tracker made by `createTracker`: pass it to `<VitrineProvider tracker>` or call `track()` yourself. */
export interface Tracker extends TrackerLike {
  readonly sessionId: string
  /** False when this session was sampled out: track() then returns null. */
  readonly sampled: boolean
  setConsent(state: ConsentState | boolean): void
  consent(): ConsentState
  /** The store's customer id from now on (e.g. after sign-in); null forgets it. Never an e-mail. */
  identify(ids: { customerId: string | null }): void
  /** The ids events carry now; undefined unless consent is granted. */
  shopperIds(): ShopperIds | undefined
  /** Names products for the ecommerce mappings (GA4 item_name, Segment name and price). */
  describeProduct(product: ProductInfo): void
  /** Process pending events now and ask destinations to deliver what they hold. */
  flush(): Promise<void>
  stats(): TrackerStats
  /** Stop listening to page exit and close destinations. */
  close(): void
}

const SESSION_KEY = 'vitrine:session'

/**
 * Creates the tracker that sends Vitrine's events to the store's analytics, only after consent.
 * Framework-free: works without React.
 * @example const tracker = createTracker({ destinations: [ga4()], consent: () => cmp.analyticsAllowed() })
 */
export function createTracker(options: TrackerOptions = {}): Tracker {
  const destinations = options.destinations ?? []
  const logger = options.logger ?? console
  const debug = !!options.debug
  let consentSource: ConsentSource = options.consent ?? 'pending'
  const products = new Map<string, ProductInfo>()
  const preConsent = new ConsentBuffer<VitrineEvent>(options.maxPreConsent ?? 500)
  const sessionId = options.sessionId ?? readSession() ?? newId()
  const sampled = isSessionSampled(sessionId, options.sampleRate ?? 1)
  const stats = { tracked: 0, delivered: 0, droppedDenied: 0, droppedBadName: 0, droppedProps: 0, destinationErrors: 0 }
  let pending: VitrineEvent[] = []
  let cancelIdle: (() => void) | null = null
  let closed = false

  const warn = (...args: unknown[]) => {
    if (debug) logger.warn('[vitrine/events]', ...args)
  }
  const ctx: DestinationContext = { product: (id) => products.get(id), debug, warn }
  // A consent value we cannot read would hold every event forever: say so even without debug.
  const reportConsent = (value: unknown) => {
    const why = checkConsent(value)
    if (why) logger.error(`[vitrine/events] ${why}`)
  }
  reportConsent(consentSource)
  const identity: IdentityOptions | false = options.identity ?? {}
  let customerId: string | null | undefined
  const refusedIds = new Set<string>()
  const refuse = (msg: string) => {
    if (!refusedIds.has(msg)) {
      refusedIds.add(msg)
      logger.warn(`[vitrine/events] ${msg}`)
    }
  }
  function currentIds(): ShopperIds | undefined {
    if (identity === false) return undefined
    const own = customerId !== undefined ? (customerId ?? undefined) : identity.customerId
    return readShopperIds({ ...identity, customerId: own }, refuse)
  }

  function track(input: TrackInput, extra?: unknown): VitrineEvent | null {
    checkTrackInput(input, extra)
    if (!sampled || closed) return null
    const event: VitrineEvent = {
      schema: 1,
      id: newId(),
      name: input.name,
      ts: Date.now(),
      sessionId,
      productId: input.productId,
      surface: input.surface,
      props: { ...input.props } as VitrineEvent['props'],
    }
    if (input.variantId !== undefined) event.variantId = input.variantId
    if (input.shadeId !== undefined) event.shadeId = input.shadeId
    pending.push(event)
    stats.tracked++
    if (!cancelIdle) cancelIdle = whenIdle(process)
    return event
  }

  function process() {
    cancelIdle = null
    const batch = pending
    pending = []
    const ready: VitrineEvent[] = []
    for (const event of batch) {
      if (!EVENT_NAME_PATTERN.test(event.name)) {
        stats.droppedBadName++
        warn(`dropped event "${event.name}": names are snake_case, start with a letter, at most 40 characters`)
        continue
      }
      const dropped = scrubProps(event.props)
      if (dropped.length) reportDropped(event, dropped)
      ready.push(event)
    }
    const state = consentState()
    if (state === 'granted') {
      startDestinations()
      const held = preConsent.size ? preConsent.drain() : []
      const ids = currentIds()
      // Ids are read and attached only now that consent is granted, held events included.
      if (ids) for (const list of [held, ready]) for (const event of list) event.user ??= ids
      deliver(held)
      deliver(ready)
    } else if (state === 'pending') {
      preConsent.push(ready)
    } else {
      stats.droppedDenied += ready.length + preConsent.clear()
    }
  }

  function reportDropped(event: VitrineEvent, dropped: DroppedProp[]) {
    stats.droppedProps += dropped.length
    warn(
      `removed ${dropped.map((d) => `${d.key} (${d.reason})`).join(', ')} from "${event.name}": events carry no personal data and no images`,
    )
  }

  let started = false
  function startDestinations() {
    if (started) return
    started = true
    for (const destination of destinations) {
      try {
        destination.start?.(ctx)
      } catch (err) {
        stats.destinationErrors++
        if (debug) logger.error(`[vitrine/events] destination ${destination.name} failed to start`, err)
      }
    }
  }

  function deliver(events: VitrineEvent[]) {
    if (!events.length) return
    for (const destination of destinations) {
      try {
        destination.send(events, ctx)
      } catch (err) {
        stats.destinationErrors++
        if (debug) logger.error(`[vitrine/events] destination ${destination.name} threw`, err)
      }
    }
    stats.delivered += events.length
  }

  function consentState(): ConsentState {
    const state = readConsent(consentSource)
    if (state === 'granted') writeSession(sessionId)
    return state
  }

  async function flushDestinations(exit?: ExitKind) {
    await Promise.all(
      destinations.map(async (d) => {
        try {
          await d.flush?.(exit)
        } catch (err) {
          stats.destinationErrors++
          if (debug) logger.error(`[vitrine/events] destination ${d.name} failed to flush`, err)
        }
      }),
    )
  }

  const stopExitWatch = watchPageExit((kind) => {
    // Events tracked in this very frame still get their chance to leave.
    cancelIdle?.()
    process()
    void flushDestinations(kind)
  })

  // A first pass even without events: with consent already granted, destinations resume persisted queues.
  cancelIdle = whenIdle(process)

  return {
    sessionId,
    sampled,
    track,
    setConsent(state) {
      reportConsent(state)
      consentSource = state
      cancelIdle?.()
      process()
    },
    consent: consentState,
    identify({ customerId: id }) {
      if (id !== null && refuseId(id)) {
        refuse(`customerId not attached to events: ${refuseId(id)}`)
        customerId = null
        return
      }
      customerId = id
    },
    shopperIds: () => (readConsent(consentSource) === 'granted' ? currentIds() : undefined),
    describeProduct(product) {
      products.set(product.id, product)
    },
    async flush() {
      cancelIdle?.()
      process()
      await flushDestinations()
    },
    stats: () => ({ ...stats, droppedPreConsent: preConsent.dropped, waitingForConsent: preConsent.size }),
    close() {
      closed = true
      cancelIdle?.()
      stopExitWatch()
      for (const d of destinations) {
        try {
          d.close?.()
        } catch {
          /* closing must not throw */
        }
      }
    },
  }
}

function readSession(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(SESSION_KEY) ?? undefined
  } catch {
    return undefined
  }
}

// Only after consent: storing an identifier on the device needs it (ePrivacy Art. 5(3)).
function writeSession(id: string) {
  try {
    globalThis.sessionStorage?.setItem(SESSION_KEY, id)
  } catch {
    /* private mode or storage full */
  }
}

/**
 * track() takes one object. The Segment / GA habit `track('name', props)`
 * would make events named `undefined`, so it throws a message showing the call.
 */
function checkTrackInput(input: unknown, extra: unknown) {
  if (typeof input === 'string') {
    const props = extra && typeof extra === 'object' ? JSON.stringify(extra) : '{ … }'
    throw new TypeError(
      `[vitrine/events] track() takes one object, not (name, props). Call it as ` +
        `tracker.track({ name: ${JSON.stringify(input)}, productId: '<your product id>', surface: 'viewer', props: ${props} })`,
    )
  }
  const i = input as Partial<TrackInput> | null
  const missing =
    !i || typeof i !== 'object'
      ? ['name', 'productId', 'surface']
      : (['name', 'productId', 'surface'] as const).filter((k) => typeof i[k] !== 'string' || !i[k])
  if (missing.length) {
    throw new TypeError(
      `[vitrine/events] track() needs ${missing.join(', ')}: ` +
        `tracker.track({ name: 'ar_placed', productId: 'sofa-1', surface: 'ar', props: { … } }); got ${JSON.stringify(input)}`,
    )
  }
}
