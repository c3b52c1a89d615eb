import { describe, expect, it, vi } from 'vitest'
import { createArModeStore, offeredMode, rootState, type ArModeEffects } from './arModeStore'

function setup(launch: ArModeEffects['launchNative'] = async () => {}) {
  const effects = { launchNative: vi.fn(launch), onTapped: vi.fn(), onFailed: vi.fn(), onExit: vi.fn() }
  return { store: createArModeStore(effects), effects }
}

describe('the AR mode chain', () => {
  it('is loading until detection answers, then offers the best mode', () => {
    const { store } = setup()
    expect(rootState(store.getState())).toBe('loading')
    store.detected(['webxr', 'qr'])
    expect(offeredMode(store.getState())).toBe('webxr')
    expect(rootState(store.getState())).toBe('ready')
  })

  it('a WebXR failure moves to the QR hand-off at once, which needs no tap', () => {
    const { store, effects } = setup()
    store.detected(['webxr', 'qr'])
    store.tap()
    expect(store.getState().phase).toBe('webxr')
    store.fail('webxr', 'session-rejected', 'NotSupportedError')
    expect(store.getState()).toMatchObject({
      phase: 'qr',
      status: 'failed',
      failure: { reason: 'session-rejected', next: 'qr' },
    })
    expect(effects.onFailed).toHaveBeenCalledWith('webxr', 'session-rejected', 'NotSupportedError')
  })

  it('a failed native viewer waits for the next tap, and the last failure is an error state', async () => {
    const { store } = setup(async () => {
      throw new Error('no USDZ')
    })
    store.detected(['quick-look'])
    store.tap()
    expect(store.getState().phase).toBe('preparing')
    await vi.waitFor(() => expect(store.getState().status).toBe('failed'))
    expect(store.getState().failure).toMatchObject({ reason: 'usdz-failed', mode: 'quick-look', next: undefined })
    expect(offeredMode(store.getState())).toBeUndefined()
    expect(rootState(store.getState())).toBe('error')
  })

  it('reports whether the product was placed when the shopper comes back', () => {
    const { store, effects } = setup()
    store.detected(['webxr'])
    store.tap()
    store.presenting('searching')
    store.presenting('placed')
    store.presenting('not-presenting')
    store.exit('webxr')
    expect(effects.onExit).toHaveBeenCalledWith('webxr', true)
    expect(store.getState()).toMatchObject({ phase: 'idle', status: 'not-presenting' })
  })

  it('ignores taps while a USDZ is being prepared', () => {
    const { store, effects } = setup(() => new Promise(() => {}))
    store.detected(['quick-look'])
    store.tap()
    store.tap()
    expect(effects.onTapped).toHaveBeenCalledTimes(1)
  })
})
