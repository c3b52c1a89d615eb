import { describe, expect, it } from 'vitest'
import { classifyValue, scrubProps } from './pii'

describe('PII guard', () => {
  it.each([
    ['jane.doe+shop@example.co.uk', 'email'],
    ['contact: JOHN@EXAMPLE.COM now', 'email'],
    ['+1 (415) 555-0132', 'phone'],
    ['0044 20 7946 0958', 'phone'],
    ['06-12-34-56-78', 'phone'],
    ['data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ', 'data-url'],
    ['blob:http://127.0.0.1/7c1e', 'data-url'],
    ['iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB', 'image-like'],
    ['A'.repeat(150), 'image-like'],
    ['x '.repeat(300), 'too-long'],
    [{ nested: 1 }, 'not-scalar'],
    [[1, 2], 'not-scalar'],
    [Number.NaN, 'not-finite'],
  ])('drops %j as %s', (value, reason) => {
    expect(classifyValue(value)).toBe(reason)
  })

  it.each([
    'rotate',
    'not-found',
    'rose-04',
    'SKU-1234',
    'webxr',
    'floor',
    'Glam Velvet Sofa in Navy',
    '12.5',
    'v2.3.1',
    1.8,
    0,
    true,
    null,
  ])('keeps %j', (value) => {
    expect(classifyValue(value)).toBeNull()
  })

  it('removes only the offending keys, in place', () => {
    const props: Record<string, unknown> = { kind: 'zoom', email: 'a@b.io', gone: undefined, n: 2 }
    expect(scrubProps(props)).toEqual([{ key: 'email', reason: 'email' }])
    expect(props).toEqual({ kind: 'zoom', n: 2 })
  })
})
