import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import { EVENT_NAMES, EVENT_NAME_PATTERN } from './catalog'
import { toJsonSchema } from './jsonSchema'
import { createTracker } from './tracker'
import { callback } from './destinations/callback'
import { SAMPLE_INPUTS } from '../../tests/unit/events-samples'
import type { VitrineEvent } from './types'

const SCHEMA_FILE = path.join(import.meta.dirname, 'events.schema.json')

async function stamp(inputs = SAMPLE_INPUTS): Promise<VitrineEvent[]> {
  const out: VitrineEvent[] = []
  const tracker = createTracker({ consent: 'granted', destinations: [callback((e) => out.push(e))] })
  for (const input of inputs) tracker.track(input)
  await tracker.flush()
  tracker.close()
  return out
}

describe('event schema', () => {
  const schema = toJsonSchema()
  if (process.env.UPDATE_EVENT_SCHEMA) fs.writeFileSync(SCHEMA_FILE, JSON.stringify(schema, null, 2) + '\n')
  const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(
    JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')),
  )

  it('the committed events.schema.json is generated from the catalog', () => {
    expect(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(schema)
  })

  it('names every event of DESIGN.md and the viewer, AR and try-on issues, snake_case and <= 40 chars', () => {
    for (const name of EVENT_NAMES) expect(name).toMatch(EVENT_NAME_PATTERN)
    const required =
      `preview_shown model_loaded model_failed texture_failed viewer_interaction variant_selected hotspot_opened
      dimensions_toggled snapshot_taken resolution_changed add_to_cart chat_opened ar_offered ar_tapped ar_started
      ar_surface_found ar_placed ar_adjusted ar_tracking_lost ar_tracking_resumed ar_failed ar_ended tryon_started
      tryon_camera_denied tryon_face_found shade_selected tryon_compare tryon_ended
      coview_started coview_suggestion coview_accepted coview_ended`.split(/\s+/)
    expect([...EVENT_NAMES].sort()).toEqual(required.sort())
    expect(new Set(SAMPLE_INPUTS.map((i) => i.name))).toEqual(new Set([...EVENT_NAMES, 'store_custom_thing']))
  })

  it('every event the tracker stamps validates against the JSON Schema', async () => {
    const events = await stamp()
    expect(events).toHaveLength(SAMPLE_INPUTS.length)
    for (const event of events) {
      const ok = validate(event)
      expect(ok, `${event.name}: ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })

  it('rejects events that break their contract', async () => {
    const [good] = await stamp([
      {
        name: 'ar_placed',
        productId: 'p',
        surface: 'ar',
        props: { surface: 'floor', distance_m: 2, x: 0, y: 0, z: -2 },
      },
    ])
    const bad: [string, unknown][] = [
      ['missing required prop', { ...good, props: { surface: 'floor', distance_m: 2, x: 0, y: 0 } }],
      ['wrong enum', { ...good, props: { ...good.props, surface: 'ceiling' } }],
      ['negative distance', { ...good, props: { ...good.props, distance_m: -1 } }],
      ['nested prop', { ...good, props: { ...good.props, extra: { a: 1 } } }],
      ['prop the catalogue does not name', { ...good, props: { ...good.props, on: true } }],
      ['viewer {on} instead of {shown}', { ...good, name: 'dimensions_toggled', props: { on: true } }],
      ['try-on {split} without enabled', { ...good, name: 'tryon_compare', props: { split: 0.5 } }],
      ['null for a required prop', { ...good, props: { ...good.props, distance_m: null } }],
      ['an e-mail as a shopper id', { ...good, user: { customer_id: 'jane@example.com' } }],
      ['a name in the shopper ids', { ...good, user: { name: 'Jane' } }],
      ['unknown surface', { ...good, surface: 'vr' }],
      ['name over 40 chars', { ...good, name: 'a'.repeat(41), props: {} }],
      ['camelCase name', { ...good, name: 'arPlaced', props: {} }],
      ['schema 2', { ...good, schema: 2 }],
      ['no id', { ...good, id: undefined }],
      ['extra top-level field', { ...good, email: 'x' }],
      [
        'add_to_cart lower-case currency',
        { ...good, name: 'add_to_cart', props: { quantity: 1, price: 3, currency: 'eur' } },
      ],
      [
        'tryon_ended fractional shades_tried',
        { ...good, name: 'tryon_ended', props: { dwell_ms: 1, shades_tried: 1.5 } },
      ],
    ]
    for (const [why, event] of bad) expect(validate(JSON.parse(JSON.stringify(event))), why).toBe(false)
    expect(validate(good)).toBe(true)
  })

  it('validates a whole http() batch body', async () => {
    const events = await stamp()
    const wrapper = new Ajv({ strictTypes: false })
      .addSchema(schema)
      .compile({ $ref: 'urn:vitrine:event:1#/definitions/httpBatch' })
    expect(wrapper({ schema: 1, sentAt: Date.now(), batch: events })).toBe(true)
    expect(wrapper({ schema: 1, sentAt: Date.now(), batch: [{ ...events[0], ts: 'now' }] })).toBe(false)
  })
})
