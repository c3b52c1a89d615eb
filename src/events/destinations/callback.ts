import type { Destination } from '../destination'
import type { VitrineEvent } from '../types'

/** Calls the store's function with every consented, scrubbed event. One throw never stops the rest. */
export function callback(fn: (event: VitrineEvent) => void): Destination {
  return {
    name: 'callback',
    send(events, ctx) {
      for (const event of events) {
        try {
          fn(event)
        } catch (err) {
          ctx.warn('callback destination threw', err)
        }
      }
    },
  }
}
