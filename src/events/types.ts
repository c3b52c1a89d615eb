// The contract between the components (viewer, AR, try-on, chat) and
// `vitrine/events`. Components describe what happened with a TrackInput; the
// tracker stamps id, ts, sessionId and schema and delivers a VitrineEvent.

/** Where an event happened: the inline viewer, AR, try-on or chat. */
export type Surface = 'viewer' | 'ar' | 'tryon' | 'chat'

/** Property values are flat scalars: nothing nested, never an image. */
export type EventProps = Record<string, string | number | boolean | null | undefined>

/** An event as a component or the store hands it to `track()`: name, product, surface and its props. */
export interface TrackInput {
  name: string
  productId: string
  surface: Surface
  variantId?: string
  shadeId?: string
  props?: EventProps
}

/** An event as destinations receive it: versioned (`schema: 1`), with an id for dedupe, a time and a session. */
export interface VitrineEvent extends Required<Pick<TrackInput, 'name' | 'productId' | 'surface'>> {
  schema: 1
  /** Unique per event, for at-least-once dedupe downstream. */
  id: string
  /** Epoch milliseconds. */
  ts: number
  sessionId: string
  variantId?: string
  shadeId?: string
  props: Record<string, string | number | boolean | null>
  /** With consent only: the ids the store already uses for this shopper (never an e-mail or a name). */
  user?: ShopperIds
}

/** The identifiers a store already has for a shopper, as they travel on the wire. */
export interface ShopperIds {
  /** GA4 client id, as in the `_ga` cookie (`1234567890.1699999999`). */
  ga_client_id?: string
  /** Segment / RudderStack anonymousId. */
  anonymous_id?: string
  /** Segment / RudderStack userId. */
  user_id?: string
  /** The store's own customer id. */
  customer_id?: string
}

/** What components need from a tracker. `createTracker()` returns a richer object. */
export interface TrackerLike {
  track(input: TrackInput): VitrineEvent | null
  /** Names a product for ecommerce mappings (GA4 item_name/price, Segment name/price). Optional for custom trackers. */
  describeProduct?(product: ProductInfo): void
  /** The shopper's ids, only while consent is granted (chat hand-offs carry the same ones). */
  shopperIds?(): ShopperIds | undefined
}

/** What a destination may know about a product to name it (GA4 item_name, Segment name/price). */
export interface ProductInfo {
  id: string
  name?: string
  brand?: string
  category?: string
  price?: { amount: number; currency: string }
  variants?: readonly { id: string; name: string }[]
  shades?: readonly { id: string; name: string }[]
}
