// `vitrine/events`: framework-free (no React, no three).
export { createTracker, type Tracker, type TrackerOptions, type TrackerStats } from './tracker'
export { ga4, type Ga4Options } from './destinations/ga4'
export {
  toGa4,
  toGa4Batch,
  GA4_LIMITS,
  GA4_CUSTOM_NAMES,
  type Ga4Event,
  type Ga4Item,
  type Ga4Ecommerce,
  type Ga4ItemList,
  type Ga4MappingOptions,
} from './destinations/ga4Mapping'
export { dataLayer, type DataLayerOptions } from './destinations/dataLayer'
export {
  segment,
  toSegment,
  toSegmentBatch,
  titleCase,
  SEGMENT_NAMES,
  type SegmentOptions,
  type AnalyticsLike,
  type SegmentTrack,
} from './destinations/segment'
export { http, type HttpOptions, type HttpDestination } from './destinations/http'
export { callback } from './destinations/callback'
export type { DeliveryStats } from './delivery/engine'
export type { Destination, DestinationContext, ProductInfo } from './destination'
export type { ConsentState, ConsentSource } from './consent'
export { scrubProps, classifyValue, type PiiReason } from './pii'
export { backoffDelay, parseRetryAfter } from './delivery/backoff'
export {
  EVENT_CATALOG,
  EVENT_NAMES,
  EVENT_NAME_PATTERN,
  isCataloguedEvent,
  type EventName,
  type EventPropsMap,
} from './catalog'
export { toJsonSchema } from './jsonSchema'
export type { Surface, EventProps, TrackInput, VitrineEvent, TrackerLike } from './types'
