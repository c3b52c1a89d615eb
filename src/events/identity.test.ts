// One shopper across analytics and chat: with consent, events and the chat
// hand-off carry the same ids the store already uses; never an e-mail.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTracker } from './tracker'
import { callback } from './destinations/callback'
import { gaClientIdFromCookie, readShopperIds } from './identity'
import { createChat, callback as chatCallback, contextFields, type ChatHandoff } from '../chat'
import type { VitrineEvent } from './types'

const g = globalThis as Record<string, unknown>
afterEach(() => {
  delete g.document
  delete g.analytics
})

/** The page's cookie jar and analytics.js as the real snippets leave them. */
function storePage() {
  g.document = { cookie: '_gcl_au=1.1.1; _ga=GA1.1.1234567890.1699999999; _ga_ABC=GS1.1.17' }
  g.analytics = { user: () => ({ anonymousId: () => 'a1b2c3-anon', id: () => 'cust-42' }) }
}

describe('shopper ids', () => {
  it('reads the GA4 client id from the _ga cookie', () => {
    expect(gaClientIdFromCookie('_ga=GA1.1.1234567890.1699999999')).toBe('1234567890.1699999999')
    expect(gaClientIdFromCookie('x=1; _ga=GA1.2.42.17; y=2')).toBe('42.17')
    expect(gaClientIdFromCookie('_ga_ABC=GS1.1.17')).toBeUndefined()
  })

  it('events carry GA4 client id, Segment anonymousId/userId and the store customer id, only with consent', async () => {
    storePage()
    const got: VitrineEvent[] = []
    const t = createTracker({ destinations: [callback((e) => got.push(e))], identity: { customerId: 'shop-77' } })
    const before = t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })!
    await t.flush()
    expect(t.shopperIds()).toBeUndefined() // pending: no ids read or sent
    expect(before.user).toBeUndefined()
    t.setConsent(true)
    t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
    await t.flush()
    const ids = {
      ga_client_id: '1234567890.1699999999',
      anonymous_id: 'a1b2c3-anon',
      user_id: 'cust-42',
      customer_id: 'shop-77',
    }
    expect(got.map((e) => e.user)).toEqual([ids, ids]) // the held event too, once consent came
    expect(t.shopperIds()).toEqual(ids)
    t.close()
  })

  it('identify() sets the customer id later; an e-mail is refused with a warning, never sent', async () => {
    const warn = vi.fn()
    const got: VitrineEvent[] = []
    const t = createTracker({
      consent: true,
      destinations: [callback((e) => got.push(e))],
      logger: { warn, error: vi.fn() },
    })
    t.identify({ customerId: 'jane.doe@example.com' })
    t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
    await t.flush()
    expect(got[0].user).toBeUndefined()
    expect(String(warn.mock.calls[0])).toMatch(/customerId not attached to events: looks like an e-mail/)
    t.identify({ customerId: 'C-1001' })
    t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
    await t.flush()
    expect(got[1].user).toEqual({ customer_id: 'C-1001' })
    expect(JSON.stringify(got)).not.toContain('jane')
    t.close()
  })

  it('identity: false attaches nothing; a Segment id in localStorage is read when analytics is not loaded', () => {
    const store = new Map([['ajs_anonymous_id', '"stored-anon"']])
    g.localStorage = { getItem: (k: string) => store.get(k) ?? null }
    try {
      expect(readShopperIds({})).toEqual({ anonymous_id: 'stored-anon' })
      expect(readShopperIds({ segment: false })).toBeUndefined()
    } finally {
      delete g.localStorage
    }
  })

  it('the chat hand-off carries the same ids as the events, and none without consent', async () => {
    storePage()
    const got: ChatHandoff[] = []
    const events: VitrineEvent[] = []
    const tracker = createTracker({
      consent: 'pending',
      destinations: [callback((e) => events.push(e))],
      identity: { customerId: 'shop-77' },
    })
    const chat = createChat({
      provider: chatCallback((h) => {
        got.push(h)
      }),
      tracker,
    })
    chat.setContext({ productId: 'sofa', productName: 'Glam Velvet Sofa' })
    await chat.ask('Is it in stock?')
    expect(got.at(-1)!.context.shopperIds).toBeUndefined()
    tracker.setConsent('granted')
    await chat.ask('Is it in stock?')
    await tracker.flush()
    const ask = got.at(-1)!
    const chatOpened = events.filter((e) => e.name === 'chat_opened').at(-1)!
    expect(ask.context.shopperIds).toEqual(chatOpened.user)
    expect(ask.context.shopperIds).toMatchObject({
      ga_client_id: '1234567890.1699999999',
      anonymous_id: 'a1b2c3-anon',
      customer_id: 'shop-77',
    })
    expect(contextFields(ask.context)).toMatchObject({
      vitrine_ga_client_id: '1234567890.1699999999',
      vitrine_customer_id: 'shop-77',
    })
    expect(JSON.stringify(ask.context)).not.toMatch(/@|Jane/)
    tracker.close()
  })
})

describe('bad input gets a clear message', () => {
  it('consent: true (a plain boolean) is granted, false is refused', async () => {
    for (const [consent, delivered] of [
      [true, 1],
      [false, 0],
    ] as const) {
      const got: VitrineEvent[] = []
      const t = createTracker({ consent, destinations: [callback((e) => got.push(e))] })
      t.track({ name: 'ar_tapped', productId: 'sofa', surface: 'ar' })
      await t.flush()
      expect(got).toHaveLength(delivered)
      expect(t.consent()).toBe(consent ? 'granted' : 'denied')
      t.close()
    }
  })

  it('an unreadable consent value is reported at once, even without debug', () => {
    const error = vi.fn()
    const t = createTracker({ consent: 'yes' as never, logger: { warn: vi.fn(), error } })
    expect(error.mock.calls[0][0]).toMatch(
      /consent must be 'granted', 'denied', 'pending', true, false or a function.*got "yes"/,
    )
    expect(t.consent()).toBe('pending')
    t.close()
  })

  it("Segment-style track('name', props) throws a message that shows the right call", () => {
    const t = createTracker({ consent: true })
    const segmentStyle = t.track as unknown as (name: string, props: object) => unknown
    expect(() => segmentStyle('ar_placed', { surface: 'floor' })).toThrow(
      `track() takes one object, not (name, props). Call it as tracker.track({ name: "ar_placed", productId: '<your product id>', surface: 'viewer', props: {"surface":"floor"} })`,
    )
    expect(() => t.track({ name: 'ar_placed' } as never)).toThrow(/track\(\) needs productId, surface/)
    expect(t.stats().tracked).toBe(0)
    t.close()
  })
})
