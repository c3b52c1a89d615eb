// Contract tests against the documented widget APIs (reference/reporting.md §2),
// with fake globals that record calls: the real widget scripts cannot load offline.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createChat,
  crisp,
  intercom,
  livechat,
  whatsapp,
  whatsappLink,
  zendesk,
  callback,
  type ChatHandoff,
} from './index'

const g = globalThis as Record<string, unknown>
const sofa = { productId: 'sofa', productName: 'Glam Velvet Sofa', variantId: 'navy', variantName: 'Navy' }
const tick = () => new Promise<void>((r) => queueMicrotask(r))

beforeEach(() => {
  vi.useFakeTimers({ now: 0, toFake: ['setTimeout', 'setInterval', 'clearInterval', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  for (const k of ['LiveChatWidget', 'Intercom', 'zE', '$crisp']) delete g[k]
})

describe('LiveChat', () => {
  it('queues calls made before the widget loads, then pushes session variables and maximizes (no prefill)', async () => {
    const chat = createChat({ provider: livechat(), debug: false })
    chat.setContext({ ...sofa, surface: 'ar' })
    await tick()
    chat.setContext({ placedInRoom: true })
    await tick()
    await chat.ask('Is it in stock?')
    const calls: unknown[][] = []
    g.LiveChatWidget = { call: (...a: unknown[]) => calls.push(a) }
    await vi.advanceTimersByTimeAsync(250)
    expect(calls.map((c) => c[0])).toEqual([
      'update_session_variables',
      'update_session_variables',
      'update_session_variables',
      'maximize',
    ])
    const vars = calls[2][1] as Record<string, string>
    expect(vars).toMatchObject({
      vitrine_product_id: 'sofa',
      vitrine_product: 'Glam Velvet Sofa',
      vitrine_variant: 'Navy',
      vitrine_surface: 'ar',
      vitrine_placed_in_room: 'yes',
    })
    for (const v of Object.values(vars)) expect(typeof v).toBe('string')
    expect(JSON.stringify(calls)).not.toContain('Is it in stock?')
  })
})

describe('Intercom', () => {
  it('updates attributes live, tracks the ask and opens the composer prefilled', async () => {
    const calls: unknown[][] = []
    g.Intercom = (...a: unknown[]) => calls.push(a)
    const chat = createChat({ provider: intercom(), debug: false })
    chat.setContext({ ...sofa, surface: 'ar' })
    chat.setContext({ placedInRoom: true })
    await tick()
    expect(calls).toHaveLength(1) // two updates in one tick: one push
    expect(calls[0][0]).toBe('update')
    vi.advanceTimersByTime(42_000)
    await chat.ask('Does it come in linen?')
    expect(calls.map((c) => c[0])).toEqual(['update', 'update', 'trackEvent', 'showNewMessage'])
    const [, event, meta] = calls[2] as [string, string, Record<string, string>]
    expect(event).toBe('vitrine-asked')
    expect(Object.keys(meta).length).toBeLessThanOrEqual(20)
    for (const [k, v] of Object.entries(meta)) {
      expect(k).not.toMatch(/[.$]/)
      expect(v.length).toBeLessThanOrEqual(255)
    }
    expect(meta.vitrine_time_spent_s).toBe('42')
    expect(calls[3][1]).toBe("I'm looking at the Glam Velvet Sofa in Navy, placed in my room. Does it come in linen?")
  })
})

describe('Zendesk', () => {
  it('waits for zE, then sets conversation fields and tags and opens the messenger', async () => {
    const chat = createChat({
      provider: zendesk({ fields: { productId: '9001', variant: '9002', placedInRoom: '9003' } }),
      debug: false,
    })
    chat.setContext({ ...sofa, surface: 'ar', placedInRoom: true })
    await tick()
    await chat.ask()
    const calls: unknown[][] = []
    g.zE = (...a: unknown[]) => calls.push(a)
    await vi.advanceTimersByTimeAsync(250)
    expect(calls).toEqual([
      [
        'messenger:set',
        'conversationFields',
        [
          { id: '9001', value: 'sofa' },
          { id: '9002', value: 'Navy' },
          { id: '9003', value: true },
        ],
      ],
      ['messenger:set', 'conversationTags', ['vitrine', 'vitrine_ar', 'vitrine_placed_in_room']],
      [
        'messenger:set',
        'conversationFields',
        [
          { id: '9001', value: 'sofa' },
          { id: '9002', value: 'Navy' },
          { id: '9003', value: true },
        ],
      ],
      ['messenger:set', 'conversationTags', ['vitrine', 'vitrine_ar', 'vitrine_placed_in_room']],
      ['messenger', 'open'],
    ])
  })
})

describe('Crisp', () => {
  it('pushes session data, prefills message:text and opens the chat', async () => {
    const pushed: unknown[][] = []
    g.$crisp = { push: (c: unknown[]) => pushed.push(c) }
    const chat = createChat({ provider: crisp(), debug: false })
    chat.setContext({
      productId: 'lip',
      productName: 'Velvet Lip',
      shadeId: 'r4',
      shadeName: 'Rose 04',
      surface: 'tryon',
    })
    await tick()
    expect(pushed[0][0]).toBe('set')
    expect(pushed[0][1]).toBe('session:data')
    expect(pushed[0][2]).toEqual([
      expect.arrayContaining([
        ['vitrine_shade', 'Rose 04'],
        ['vitrine_surface', 'tryon'],
      ]),
    ])
    await chat.ask()
    expect(pushed.slice(2)).toEqual([
      ['set', 'message:text', ["I'm looking at the Velvet Lip in Rose 04, trying it on."]],
      ['do', 'chat:open'],
    ])
  })

  it('attaches a snapshot only after the shopper confirms, through the store upload', async () => {
    const pushed: unknown[][] = []
    g.$crisp = { push: (c: unknown[]) => pushed.push(c) }
    const upload = vi.fn(async () => 'https://store.example/snap/1.jpg')
    const warn = vi.fn()
    const chat = createChat({ provider: crisp(), uploadSnapshot: upload, debug: true, logger: { warn } })
    chat.setContext({ productId: 'lip', productName: 'Velvet Lip' })
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' })
    await chat.ask('Hi', { snapshot: blob })
    expect(upload).not.toHaveBeenCalled()
    expect(warn.mock.calls[0][0]).toMatch(/not confirmed/)
    expect(JSON.stringify(pushed)).not.toContain('message:send')
    await chat.ask('Hi', { snapshot: blob, shopperConfirmed: true })
    expect(upload).toHaveBeenCalledWith(blob)
    expect(pushed).toContainEqual([
      'do',
      'message:send',
      ['file', { name: 'snapshot', url: 'https://store.example/snap/1.jpg', type: 'image/jpeg' }],
    ])
    expect(chat.context().snapshotUrl).toBe('https://store.example/snap/1.jpg')
  })
})

describe('missing widget', () => {
  it('is a no-op with one development warning once the wait is over', async () => {
    const warn = vi.fn()
    const chat = createChat({ provider: intercom({ waitMs: 1000 }), debug: true, logger: { warn } })
    chat.setContext(sofa)
    await tick()
    await expect(chat.ask('hello')).resolves.toBeUndefined()
    await vi.advanceTimersByTimeAsync(1500)
    chat.setContext({ variantId: 'green' })
    await tick()
    await chat.ask()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toMatch(/window\.Intercom is not on this page/)
  })
})

describe('WhatsApp, callback and the context', () => {
  it('builds a wa.me link with digits only and the context as text', async () => {
    expect(whatsappLink('+44 (0)20-7946 0958', 'a b&c')).toBe('https://wa.me/442079460958?text=a%20b%26c')
    expect(whatsappLink('0033 6 12 34 56 78', 'x')).toBe('https://wa.me/33612345678?text=x')
    const opened: string[] = []
    const chat = createChat({ provider: whatsapp({ phone: '+33 6 12 34 56 78', openUrl: (u) => opened.push(u) }) })
    chat.setContext({ ...sofa, surface: 'ar', placedInRoom: true })
    await chat.ask('Delivery time?')
    expect(decodeURIComponent(opened[0].split('text=')[1])).toBe(
      "I'm looking at the Glam Velvet Sofa in Navy, placed in my room. Delivery time?",
    )
  })

  it('callback gets context changes and asks; a new product restarts the clock and clears the variant', async () => {
    const got: ChatHandoff[] = []
    const track = vi.fn(() => null)
    const chat = createChat({
      provider: callback((h) => {
        got.push(h)
      }),
      tracker: { track },
    })
    chat.setContext({ ...sofa, surface: 'viewer' })
    await tick()
    vi.advanceTimersByTime(30_000)
    chat.setContext({ productId: 'lamp', productName: 'Arc Lamp' })
    await tick()
    vi.advanceTimersByTime(5_000)
    await chat.ask()
    expect(got.map((h) => h.type)).toEqual(['context', 'context', 'ask'])
    const ask = got[2] as Extract<ChatHandoff, { type: 'ask' }>
    expect(ask.context).toMatchObject({ productId: 'lamp', productName: 'Arc Lamp', timeSpentS: 5 })
    expect(ask.context.variantId).toBeUndefined()
    expect(ask.message).toBe("I'm looking at the Arc Lamp.")
    expect(track).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'chat_opened',
        productId: 'lamp',
        surface: 'chat',
        props: { provider: 'callback' },
      }),
    )
  })

  it('setContext with nothing new pushes nothing', async () => {
    const got: ChatHandoff[] = []
    const chat = createChat({
      provider: callback((h) => {
        got.push(h)
      }),
    })
    chat.setContext(sofa)
    await tick()
    chat.setContext({ productName: 'Glam Velvet Sofa' })
    await tick()
    expect(got).toHaveLength(1)
  })
})
