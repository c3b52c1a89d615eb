import { describe, expect, it } from 'vitest'
import { SCENE_VIEWER_FAILED_HASH, sceneViewerIntent } from './sceneViewer'
import { quickLookHref } from './quickLook'
import { handoffUrl, readHandoff } from './handoff'

const PAGE = 'https://shop.example/p/chair?ref=mail#reviews'

// The same properties model-viewer's ar-spec checks for its intent URL.
describe('sceneViewerIntent', () => {
  const parse = (intent: string) =>
    new URLSearchParams(new URL(intent.replace(/^intent:/, 'https:')).search.split('#')[0])
  it('opens Scene Viewer in AR-preferred mode with an absolute file URL, title and link', () => {
    const intent = sceneViewerIntent({
      modelUrl: '/m/chair.glb?token=foo#frag',
      pageUrl: PAGE,
      title: 'Sheen Chair',
      link: '/p/chair',
    })
    expect(intent.startsWith('intent://arvr.google.com/scene-viewer/1.2?')).toBe(true)
    const q = parse(intent)
    expect(q.get('mode')).toBe('ar_preferred')
    expect(q.get('token')).toBe('foo')
    expect(q.get('title')).toBe('Sheen Chair')
    expect(q.get('link')).toBe('https://shop.example/p/chair')
    expect(q.get('disable_occlusion')).toBe('true')
    expect(q.has('enable_vertical_placement')).toBe(false)
    const file = new URL(q.get('file')!)
    expect(file.href).toBe('https://shop.example/m/chair.glb?token=foo')
    expect(intent).toContain(';package=com.google.android.googlequicksearchbox;')
    expect(intent.endsWith(';end;')).toBe(true)
  })
  it('falls back to this page with a sentinel hash so the page can try the next mode', () => {
    const intent = sceneViewerIntent({ modelUrl: '/m/chair.glb', pageUrl: PAGE })
    const fallback = decodeURIComponent(/S\.browser_fallback_url=([^;]+);/.exec(intent)![1])
    expect(fallback).toBe(`https://shop.example/p/chair?ref=mail${SCENE_VIEWER_FAILED_HASH}`)
  })
  it('asks for vertical placement for wall pieces and locks scale when asked', () => {
    const q = parse(
      sceneViewerIntent({ modelUrl: '/m/mirror.glb', pageUrl: PAGE, placement: 'wall', allowScaling: false }),
    )
    expect(q.get('enable_vertical_placement')).toBe('true')
    expect(q.get('resizable')).toBe('false')
  })
  it('refuses blob: URLs', () => {
    expect(() => sceneViewerIntent({ modelUrl: 'blob:https://shop.example/1234', pageUrl: PAGE })).toThrow(/blob/)
  })
})

describe('quickLookHref', () => {
  it('locks scaling with the fragment Quick Look reads', () => {
    expect(quickLookHref('https://shop.example/m/chair.usdz', { allowScaling: false })).toBe(
      'https://shop.example/m/chair.usdz#allowsContentScaling=0',
    )
    expect(quickLookHref('https://shop.example/m/chair.usdz#old')).toBe('https://shop.example/m/chair.usdz')
  })
})

describe('handoff', () => {
  it('links to the same page, product and variant, and reads back', () => {
    const url = handoffUrl(PAGE, 'sheen-chair', 'peacock')
    expect(url).toBe('https://shop.example/p/chair?ref=mail&vitrine-ar=sheen-chair&vitrine-variant=peacock')
    expect(readHandoff(url)).toEqual({ productId: 'sheen-chair', variantId: 'peacock' })
    expect(readHandoff(PAGE)).toBeUndefined()
  })
})
