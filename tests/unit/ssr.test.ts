// Importing vitrine where there is no window (Node, SSR) must not throw, and
// server rendering gives the poster-first markup in its idle state.
import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'

describe('SSR safety', () => {
  it('imports every entry point without a window', async () => {
    expect(typeof window).toBe('undefined')
    const vitrine = await import('../../src/index')
    const events = await import('../../src/events/index')
    const chat = await import('../../src/chat/index')
    expect(typeof vitrine.ProductViewer).toBe('function')
    expect(typeof events.createTracker).toBe('function')
    expect(typeof chat.createChat).toBe('function')
  })

  it('renders the viewer and the preview to HTML on the server', async () => {
    const { ProductViewer, ProductPreview } = await import('../../src/index')
    const product = {
      id: 'sofa',
      name: 'Sofa',
      price: { amount: 1, currency: 'EUR' },
      kind: 'furniture' as const,
      model: { src: '/sofa.glb', alt: 'A sofa' },
    }
    const viewer = renderToString(createElement(ProductViewer, { product }))
    expect(viewer).toContain('data-vitrine-state="idle"')
    const preview = renderToString(createElement(ProductPreview, { product, onAddToCart: () => {} }))
    expect(preview).toContain('Add to cart')
  })

  it('imports the built package in plain Node when dist/ exists', async (ctx) => {
    const fs = await import('node:fs')
    const path = await import('node:path')
    const dist = path.resolve(import.meta.dirname, '../../dist/index.js')
    if (!fs.existsSync(dist)) return ctx.skip()
    const built = await import(dist)
    expect(typeof built.ProductPreview).toBe('function')
  })
})
