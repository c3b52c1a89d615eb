// The one source of truth for event names and their properties. The TypeScript
// types (EventPropsMap) and the JSON Schema (events.schema.json, via
// toJsonSchema()) are both derived from this table, so they cannot drift.

import type { Surface } from './types'

type Scalar = 'string' | 'number' | 'integer' | 'boolean'

/** One property of an event. */
export interface PropSpec {
  type: Scalar
  optional?: boolean
  /** Allowed string values. */
  enum?: readonly string[]
  minimum?: number
  pattern?: string
  maxLength?: number
  description: string
}

/** One event of the catalogue: where it comes from, what it means, its typed properties. */
export interface EventSpec {
  /** Where the event normally comes from (documentation; not enforced). */
  surfaces: readonly Surface[]
  description: string
  props: Readonly<Record<string, PropSpec>>
}

// Literal types survive these helpers, so EventPropsMap knows each property's type and optionality.
const ms = (description: string) => ({ type: 'number', minimum: 0, description }) as const
const text = <O extends boolean = false>(description: string, optional?: O) =>
  ({ type: 'string', maxLength: 100, optional: (optional ?? false) as O, description }) as const
function flag(description: string): { readonly type: 'boolean'; readonly optional: true; readonly description: string }
function flag(
  description: string,
  optional: false,
): { readonly type: 'boolean'; readonly optional: false; readonly description: string }
function flag(description: string, optional = true) {
  return { type: 'boolean', optional, description } as const
}
const COVIEW_KINDS = ['variant', 'shade', 'hotspot', 'angle'] as const
const AR_MODE = {
  type: 'string',
  maxLength: 40,
  description: 'AR mode: webxr, scene-viewer, quick-look or qr',
} as const

/** Every event Vitrine's components emit, with its properties. */
export const EVENT_CATALOG = {
  // --- inline viewer (issues 2 and 3)
  preview_shown: {
    surfaces: ['viewer'],
    description: 'The preview became visible to the shopper.',
    props: { has_model: flag('False when the product has no 3D model (poster or photo only).') },
  },
  model_loaded: {
    surfaces: ['viewer'],
    description: 'The 3D model finished loading.',
    props: { load_ms: ms('Milliseconds from request to first render.') },
  },
  model_failed: {
    surfaces: ['viewer'],
    description: 'The 3D model could not be shown.',
    props: { reason: text('Typed reason, e.g. not-found, corrupt, network, webgl.') },
  },
  texture_failed: {
    surfaces: ['viewer'],
    description: 'Textures of the model could not be decoded: it is shown, with colours that may be wrong.',
    props: {
      count: { type: 'integer', minimum: 1, description: 'Textures that failed.' },
      texture: text('File or name of the first one.'),
    },
  },
  viewer_interaction: {
    surfaces: ['viewer'],
    description: 'The shopper rotated, zoomed or panned.',
    props: { kind: text('rotate, zoom, pan, reset …') },
  },
  variant_selected: {
    surfaces: ['viewer', 'ar'],
    description: 'A variant (colourway, fabric) was chosen; the id is in variantId.',
    props: { in_ar: flag('Chosen from inside the AR view.') },
  },
  hotspot_opened: {
    surfaces: ['viewer'],
    description: 'A hotspot card was opened.',
    props: { hotspot_id: text('Id of the hotspot.', true) },
  },
  dimensions_toggled: {
    surfaces: ['viewer'],
    description: 'Dimension lines shown or hidden.',
    props: { shown: flag('Whether the dimensions are now visible.') },
  },
  snapshot_taken: {
    surfaces: ['viewer', 'tryon'],
    description: 'The shopper saved or shared a snapshot. The image itself never goes into an event.',
    props: { method: { type: 'string', enum: ['share', 'download'], description: 'Web Share sheet or a download.' } },
  },
  resolution_changed: {
    surfaces: ['viewer'],
    description: 'Adaptive resolution changed the render scale.',
    props: { scale: { type: 'number', minimum: 0, description: 'New pixel-ratio scale.' } },
  },
  add_to_cart: {
    surfaces: ['viewer', 'ar', 'tryon'],
    description: 'Add to cart from inside the preview.',
    props: {
      quantity: { type: 'integer', minimum: 1, description: 'Units added.' },
      price: { type: 'number', minimum: 0, description: 'Unit price.' },
      currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code.' },
    },
  },
  chat_opened: {
    surfaces: ['viewer', 'ar', 'tryon', 'chat'],
    description: 'The shopper asked about the product in the store chat.',
    props: { provider: text('Chat provider name.', true) },
  },
  // --- view in your room (issue 4)
  ar_offered: {
    surfaces: ['ar'],
    description: 'The AR button was shown; no mode when AR is unavailable.',
    props: { mode: { ...AR_MODE, optional: true } },
  },
  ar_tapped: {
    surfaces: ['ar'],
    description: 'The AR button was pressed.',
    props: { mode: { ...AR_MODE, optional: true } },
  },
  ar_started: {
    surfaces: ['ar'],
    description: 'An AR session started.',
    props: {
      mode: AR_MODE,
      inferred: flag('True when inferred from visibilitychange/focus (Scene Viewer, Quick Look).'),
    },
  },
  ar_surface_found: {
    surfaces: ['ar'],
    description: 'A surface to place on was found.',
    props: { ms: ms('Milliseconds from start to the first surface.') },
  },
  ar_placed: {
    surfaces: ['ar'],
    description: 'The product was placed in the room.',
    props: {
      surface: { type: 'string', enum: ['floor', 'wall', 'table'], description: 'Kind of surface.' },
      distance_m: { type: 'number', minimum: 0, description: 'Metres from the viewer.' },
      x: { type: 'number', description: 'Position in metres, local-floor space.' },
      y: { type: 'number', description: 'Position in metres, local-floor space.' },
      z: { type: 'number', description: 'Position in metres, local-floor space.' },
    },
  },
  ar_adjusted: {
    surfaces: ['ar'],
    description: 'The placed product was moved, rotated or scaled.',
    props: {
      kind: { type: 'string', enum: ['move', 'rotate', 'scale'], description: 'Gesture kind.' },
      scale: { type: 'number', minimum: 0, optional: true, description: 'Scale after a pinch (1 = true size).' },
    },
  },
  ar_tracking_lost: { surfaces: ['ar'], description: 'Tracking was lost.', props: {} },
  ar_tracking_resumed: { surfaces: ['ar'], description: 'Tracking came back.', props: {} },
  ar_failed: {
    surfaces: ['ar'],
    description: 'AR could not start or broke.',
    props: {
      reason: text('Typed reason.'),
      mode: { ...AR_MODE, optional: true },
      message: text("The browser's own message, clipped.", true),
    },
  },
  ar_ended: {
    surfaces: ['ar'],
    description: 'The AR session ended.',
    props: {
      dwell_ms: ms('Time spent in AR.'),
      placed: flag('Whether the product was placed.', false),
      inferred: flag('True when inferred from visibilitychange/focus.'),
      mode: { ...AR_MODE, optional: true },
    },
  },
  // --- lipstick try-on (issue 5)
  tryon_started: {
    surfaces: ['tryon'],
    description: 'Try-on started.',
    props: { mode: { type: 'string', enum: ['live', 'photo'], description: 'Live camera or a photo.' } },
  },
  tryon_camera_denied: {
    surfaces: ['tryon'],
    description: 'The camera permission was refused or there is no camera.',
    props: { reason: text('Typed reason, e.g. denied, no-camera.', true) },
  },
  tryon_face_found: {
    surfaces: ['tryon'],
    description: 'A face was found.',
    props: { ms: ms('Milliseconds from start.') },
  },
  shade_selected: {
    surfaces: ['tryon', 'viewer'],
    description: 'A shade was chosen; the id is in shadeId.',
    props: { finish: text('Finish of the shade: matte, satin, gloss …', true) },
  },
  tryon_compare: {
    surfaces: ['tryon'],
    description: 'Before/after compare used.',
    props: {
      enabled: flag('Whether compare is now on.', false),
      split: {
        type: 'number',
        minimum: 0,
        optional: true,
        description: 'Where the before/after line is, 0..1 of the width.',
      },
    },
  },
  tryon_ended: {
    surfaces: ['tryon'],
    description: 'Try-on ended.',
    props: {
      dwell_ms: ms('Time spent in try-on.'),
      shades_tried: { type: 'integer', minimum: 0, description: 'Distinct shades tried.' },
    },
  },
  // --- show it to an agent (issue 15): a live shared view, never the camera
  coview_started: {
    surfaces: ['viewer', 'ar', 'tryon'],
    description:
      'The shopper agreed to show an agent their live product view (product, colour, angle, shade; never the camera).',
    props: {
      via: {
        type: 'string',
        enum: ['button', 'chat'],
        description: 'The "Show an agent" button or the chat hand-off.',
      },
    },
  },
  coview_suggestion: {
    surfaces: ['viewer', 'ar', 'tryon'],
    description: 'The agent pointed at something: the suggestion is shown to the shopper, not applied.',
    props: { kind: { type: 'string', enum: COVIEW_KINDS, description: 'What the agent suggested.' } },
  },
  coview_accepted: {
    surfaces: ['viewer', 'ar', 'tryon'],
    description: "The shopper tapped the agent's suggestion, which applied it.",
    props: {
      kind: { type: 'string', enum: COVIEW_KINDS, description: 'What was accepted.' },
      wait_ms: ms('Milliseconds from the suggestion to the tap.'),
    },
  },
  coview_ended: {
    surfaces: ['viewer', 'ar', 'tryon'],
    description: 'The shared view ended.',
    props: {
      reason: {
        type: 'string',
        enum: ['stopped', 'left', 'closed', 'error'],
        description: 'Stop sharing, page left, room closed, or a failure.',
      },
      dwell_ms: ms('How long the view was shared.'),
      suggestions: { type: 'integer', minimum: 0, description: 'Suggestions the agent sent.' },
      accepted: { type: 'integer', minimum: 0, description: 'Suggestions the shopper accepted.' },
    },
  },
} as const satisfies Record<string, EventSpec>

/** Every event name in the catalogue. */
export type EventName = keyof typeof EVENT_CATALOG
/** Every event name in the catalogue, as a list (for validation and tooling). */
export const EVENT_NAMES = Object.keys(EVENT_CATALOG) as EventName[]

/** snake_case, starts with a letter, at most 40 characters (GA4's limit). */
export const EVENT_NAME_PATTERN = /^[a-z][a-z0-9_]{0,39}$/

type ValueOf<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { type: 'string' }
      ? string
      : number
// Optional properties may also be null ("no value", e.g. ar_offered without a mode).
type Props<P> = { -readonly [K in keyof P as P[K] extends { optional: true } ? never : K]: ValueOf<P[K]> } & {
  -readonly [K in keyof P as P[K] extends { optional: true } ? K : never]?: ValueOf<P[K]> | null
}

/** The typed properties of every catalogued event, e.g. `EventPropsMap['ar_placed']['distance_m']`. */
export type EventPropsMap = { [N in EventName]: Props<(typeof EVENT_CATALOG)[N]['props']> }

/** Arguments after the name: the props, omissible when the event has no required property. */
export type PropsArg<N extends EventName> =
  Record<never, never> extends EventPropsMap[N] ? [props?: EventPropsMap[N]] : [props: EventPropsMap[N]]

/**
 * An emit function typed by the catalogue: `emit('ar_placed', { surface, distance_m, x, y, z })`.
 * The props are optional in the signature so a plain `(name, props) => …` callback fits it.
 */
export type CatalogueEmit = <N extends EventName>(name: N, props?: EventPropsMap[N]) => unknown

/** True for a name in EVENT_CATALOG. */
export function isCataloguedEvent(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOG, name)
}
