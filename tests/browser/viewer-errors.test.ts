// Bad input never breaks the page: each case reaches `error` with a human
// message, a typed onError and a retry, and no uncaught exception.
import { beforeEach, describe, expect, inject, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { useSession } from '../support/session'
import { waitForSettled } from '../support/viewer'
import { editGlbJson } from '../support/glb'

const origin = inject('origin')
const sofa = '/assets/models/armchair.glb'

const session = useSession()
beforeEach(() => {
  session.pageErrors.length = 0
})

async function expectError(query: string, code: string, retry = true) {
  const { page } = session
  await page.goto(`${origin}/viewer.html?${query}`)
  expect(await waitForSettled(page)).toBe('error')
  const result = await page.evaluate(() => ({
    errors: (window as any).__harness.errors,
    events: (window as any).__harness.events.map((e: { name: string; props?: { reason?: string } }) => [
      e.name,
      e.props?.reason ?? null,
    ]),
    code: document.querySelector<HTMLElement>('.vitrine-root')!.dataset.vitrineError,
    alert: document.querySelector('[role=alert]')?.textContent ?? '',
    retry: !!document.querySelector('[role=alert] button'),
  }))
  expect(result.code).toBe(code)
  expect(result.errors.map((e: { code: string }) => e.code)).toEqual([code])
  expect(result.events).toContainEqual(['model_failed', code])
  expect(result.alert.length).toBeGreaterThan(20)
  expect(result.retry).toBe(retry)
  expect(session.pageErrors).toEqual([])
  return result
}

describe('bad input', () => {
  it('a 404 says the model is missing, and retry recovers once the file is back', async () => {
    const { page } = session
    let broken = true
    const flaky = (url: URL) => url.pathname === '/flaky/armchair.glb'
    await page.route(flaky, (route) =>
      broken
        ? route.fulfill({ status: 404, body: 'missing' })
        : route.fulfill({
            status: 200,
            body: fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/models/armchair.glb')),
            contentType: 'model/gltf-binary',
          }),
    )
    const r = await expectError(`src=/flaky/armchair.glb`, 'not-found')
    expect(r.alert).toMatch(/missing/i)
    broken = false
    await page.click('[role=alert] button')
    expect(await waitForSettled(page)).toBe('ready')
    await page.unroute(flaky)
  })

  it('a truncated GLB is reported as damaged', async () => {
    await expectError(`src=/__fault/truncated${sofa}`, 'corrupt')
  })

  it('wrong magic bytes are reported as damaged', async () => {
    await expectError(`src=/__fault/bad-magic${sofa}`, 'corrupt')
  })

  it('a server that stops mid-body is a network error', async () => {
    const r = await expectError(`src=/__fault/drop${sofa}`, 'network')
    expect(r.alert).toMatch(/connection/i)
  })

  it('an unsupported required extension names the problem', async () => {
    const { page } = session
    const glb = editGlbJson(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/models/armchair.glb')),
      (json) => {
        json.extensionsUsed = [...((json.extensionsUsed as string[]) ?? []), 'EXT_vitrine_from_the_future']
        json.extensionsRequired = ['EXT_vitrine_from_the_future']
      },
    )
    await page.route(
      (url) => url.pathname === '/future.glb',
      (route) => route.fulfill({ status: 200, body: glb, contentType: 'model/gltf-binary' }),
    )
    await expectError(`src=/future.glb`, 'unsupported')
  })

  it('a bad manifest shows which field is wrong, without retry', async () => {
    const product = {
      id: 'x',
      name: 'Broken',
      price: { amount: 'ten', currency: 'EUR' },
      kind: 'furniture',
      model: { src: sofa, alt: 'x' },
    }
    const r = await expectError(`product=${encodeURIComponent(JSON.stringify(product))}`, 'bad-product', false)
    expect(r.alert).toContain('price.amount')
  })
})

describe('lost WebGL context', () => {
  it('is restored without a page reload', async () => {
    const { page } = session
    await page.goto(`${origin}/viewer.html?src=${sofa}`)
    expect(await waitForSettled(page)).toBe('ready')
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas')!
      ;(canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!.loseContext()
    })
    await page.waitForSelector('[data-vitrine-error=webgl-context-lost]')
    await page.waitForSelector('[data-vitrine-state=ready]', { timeout: 60_000 })
    const h = await page.evaluate(() => ({
      errors: (window as any).__harness.errors,
      ready: (window as any).__harness.ready,
      canvases: document.querySelectorAll('canvas').length,
    }))
    expect(h.errors.map((e: { code: string }) => e.code)).toEqual(['webgl-context-lost'])
    expect(h.ready).toBe(2)
    expect(h.canvases).toBe(1)
    expect(session.pageErrors).toEqual([])
  })
})
