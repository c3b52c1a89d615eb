// Node, no DOM: the element entry must import on a server, and attribute values parse without throwing.
import { describe, expect, it } from 'vitest'
import { parseActions, parseEnum, LOADING_VALUES } from './attributes'

describe('vitrine/element without a browser', () => {
  it('imports on a server and registers nothing', async () => {
    expect(typeof HTMLElement).toBe('undefined')
    const entry = await import('./index')
    expect(() => entry.defineVitrineProduct()).not.toThrow()
    const standalone = await import('./standalone')
    expect(typeof standalone.configureVitrine).toBe('function')
  })
})

describe('attribute values', () => {
  it('falls back to the default and says why for a wrong value', () => {
    expect(parseEnum('eager', LOADING_VALUES, 'lazy')).toEqual({ value: 'eager' })
    expect(parseEnum(null, LOADING_VALUES, 'lazy')).toEqual({ value: 'lazy' })
    expect(parseEnum(' Interaction ', LOADING_VALUES, 'lazy')).toEqual({ value: 'interaction' })
    expect(parseEnum('sometimes', LOADING_VALUES, 'lazy')).toEqual({
      value: 'lazy',
      problem: 'must be one of lazy, eager, interaction; using "lazy"',
    })
  })

  it('reads actions as a word list; cart only when asked for', () => {
    expect(parseActions(null).value).toEqual({ ar: true, tryOn: true, chat: true, cart: false })
    expect(parseActions('ar, cart').value).toEqual({ ar: true, tryOn: false, chat: false, cart: true })
    const bad = parseActions('ar teleport')
    expect(bad.value.ar).toBe(true)
    expect(bad.problem).toContain('"teleport"')
  })
})
