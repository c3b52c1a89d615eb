// Builds the JSON Schema (draft-07) of a VitrineEvent from EVENT_CATALOG. The
// committed events.schema.json is this function's output; a unit test fails
// when they differ (regenerate with UPDATE_EVENT_SCHEMA=1 npx vitest run
// --project unit src/events/schema.test.ts).

import { EVENT_CATALOG, EVENT_NAME_PATTERN, type PropSpec } from './catalog'

type Json = Record<string, unknown>

const SCALAR = { type: ['string', 'number', 'boolean', 'null'] }

function propSchema(spec: PropSpec): Json {
  // An optional property may be absent or null ("no value"); a required one never null.
  const out: Json = { type: spec.optional ? [spec.type, 'null'] : spec.type, description: spec.description }
  if (spec.enum) out.enum = spec.optional ? [...spec.enum, null] : [...spec.enum]
  if (spec.minimum !== undefined) out.minimum = spec.minimum
  if (spec.pattern) out.pattern = spec.pattern
  if (spec.maxLength !== undefined) out.maxLength = spec.maxLength
  return out
}

/** The JSON Schema (draft-07) of one VitrineEvent, generated from EVENT_CATALOG. */
export function toJsonSchema(): Json {
  const definitions: Json = {}
  const branches: Json[] = []
  for (const [name, spec] of Object.entries(EVENT_CATALOG)) {
    const props = spec.props as Record<string, PropSpec>
    const required = Object.entries(props)
      .filter(([, p]) => !p.optional)
      .map(([k]) => k)
    definitions[`props_${name}`] = {
      description: spec.description,
      type: 'object',
      properties: Object.fromEntries(Object.entries(props).map(([k, p]) => [k, propSchema(p)])),
      ...(required.length ? { required } : {}),
      // The catalogue is the contract: a property it does not name is a bug at the call site.
      additionalProperties: false,
    }
    branches.push({
      if: { properties: { name: { const: name } } },
      then: { properties: { props: { $ref: `#/definitions/props_${name}` } } },
    })
  }
  const id = { type: 'string', minLength: 1, maxLength: 100 }
  // GA4 allows 256 characters for a User-ID; no @ so an e-mail can never pass as an id.
  const userId = { type: 'string', minLength: 1, maxLength: 256, pattern: '^[^@\\s]+$' }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'urn:vitrine:event:1',
    title: 'Vitrine event, schema 1',
    description:
      "One shopper interaction. Catalogued names have typed props; other snake_case names (the store's own) carry flat scalar props.",
    type: 'object',
    required: ['schema', 'id', 'name', 'ts', 'sessionId', 'productId', 'surface', 'props'],
    additionalProperties: false,
    properties: {
      schema: { const: 1 },
      id: { ...id, description: 'Unique per event; dedupe on it.' },
      name: { type: 'string', pattern: EVENT_NAME_PATTERN.source, description: 'snake_case, at most 40 characters.' },
      ts: { type: 'integer', minimum: 0, description: 'Epoch milliseconds.' },
      sessionId: id,
      productId: id,
      variantId: id,
      shadeId: id,
      surface: { enum: ['viewer', 'ar', 'tryon', 'chat'] },
      props: { type: 'object', additionalProperties: SCALAR },
      user: {
        description: 'With consent only: the ids the store already uses for this shopper. Never an e-mail or a name.',
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: {
          ga_client_id: { ...userId, description: 'GA4 client id (from the _ga cookie).' },
          anonymous_id: { ...userId, description: 'Segment / RudderStack anonymousId.' },
          user_id: { ...userId, description: 'Segment / RudderStack userId.' },
          customer_id: { ...userId, description: "The store's own customer id, when it passes one." },
        },
      },
    },
    allOf: branches,
    definitions: {
      ...definitions,
      httpBatch: {
        description: 'Body of one POST from the http() destination (sent as text/plain to avoid a CORS preflight).',
        type: 'object',
        required: ['schema', 'sentAt', 'batch'],
        properties: {
          schema: { const: 1 },
          sentAt: { type: 'integer' },
          batch: { type: 'array', items: { $ref: '#' } },
        },
      },
    },
  }
}
