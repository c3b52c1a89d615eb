import { afterEach, describe, expect, it, vi } from 'vitest'
import { bundledUrl } from './bundledUrl'

describe('bundledUrl', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('keeps an http(s) or data: URL as the bundler wrote it', () => {
    vi.stubGlobal('location', new URL('https://shop.example/p/sofa'))
    expect(bundledUrl(new URL('https://cdn.example/_next/static/media/x.wasm'))).toBe(
      'https://cdn.example/_next/static/media/x.wasm',
    )
    expect(bundledUrl(new URL('data:application/octet-stream;base64,AA=='))).toBe(
      'data:application/octet-stream;base64,AA==',
    )
  })

  it("serves a file:// URL (Turbopack without assetPrefix) from the page's origin", () => {
    vi.stubGlobal('location', new URL('https://shop.example/p/sofa'))
    expect(bundledUrl(new URL('file:///_next/static/media/draco_decoder.1a2b.wasm'))).toBe(
      'https://shop.example/_next/static/media/draco_decoder.1a2b.wasm',
    )
  })

  it('leaves file:// alone outside a web page', () => {
    vi.stubGlobal('location', undefined)
    expect(bundledUrl(new URL('file:///srv/app/x.wasm'))).toBe('file:///srv/app/x.wasm')
  })
})
