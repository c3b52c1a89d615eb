// Unmount frees everything: after 30 mount/unmount cycles the model cache is
// empty, no WebGL context is left alive, each mount holds the same GPU
// resources as the first, and the JS heap does not grow.
import { beforeAll, expect, inject, it } from 'vitest'
import { useSession } from '../support/session'

const origin = inject('origin')
const CYCLES = 30

const session = useSession({ args: ['--js-flags=--expose-gc'], viewport: { width: 240, height: 180 } })
beforeAll(async () => {
  // Count WebGL contexts as they are created, to find any left alive.
  await session.page.addInitScript(() => {
    const contexts: WebGLRenderingContext[] = ((window as any).__contexts = [])
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (original as any).call(this, type, ...rest)
      if (context && /webgl/.test(type) && !contexts.includes(context)) contexts.push(context)
      return context
    } as typeof original
  })
})

// 30 cycles of a real WebGL viewer on software GL: 3–6 min beside another browser file on 2 cores.
it(`${CYCLES} mount/unmount cycles leak nothing`, { timeout: 900_000 }, async () => {
  const { page } = session
  await page.goto(`${origin}/viewer.html?autostart=0&src=/assets/models/coffee-table.glb`)
  const result = await page.evaluate(async (cycles) => {
    const h = (window as any).__harness
    const until = async (test: () => boolean) => {
      while (!test()) await new Promise((r) => setTimeout(r, 25))
    }
    const heap = async () => {
      for (let i = 0; i < 3; i++) {
        ;(window as any).gc()
        await new Promise((r) => setTimeout(r, 50))
      }
      return (performance as any).memory.usedJSHeapSize as number
    }
    const gpu: { geometries: number; textures: number }[] = []
    const heaps: number[] = []
    for (let i = 0; i < cycles; i++) {
      const ready = h.ready
      h.mount()
      // Once the contact shadow is baked too (it follows the first frame), so every mount is read in the same state.
      await until(() => h.ready > ready && h.stats()?.shadow)
      const { geometries, textures } = h.stats()
      gpu.push({ geometries, textures })
      h.unmount()
      await until(() => !document.querySelector('canvas'))
      if (i % 10 === 0) console.log(`cycle ${i} at ${Math.round(performance.now())} ms`)
      if (i === 4 || i === cycles - 1) {
        await new Promise((r) => setTimeout(r, 800))
        heaps.push(await heap())
      }
    }
    await new Promise((r) => setTimeout(r, 1000)) // R3F releases contexts shortly after unmount
    const contexts = (window as any).__contexts as WebGLRenderingContext[]
    return {
      gpu,
      heaps,
      cache: await h.cacheStats(),
      contextsCreated: contexts.length,
      contextsAlive: contexts.filter((c) => !c.isContextLost()).length,
    }
  }, CYCLES)
  console.log(
    `memory: contexts created ${result.contextsCreated}, alive ${result.contextsAlive}; heap after cycle 5 ${(result.heaps[0] / 1e6).toFixed(1)} MB, after ${CYCLES} ${(result.heaps[1] / 1e6).toFixed(1)} MB; GPU per mount ${JSON.stringify(result.gpu[0])}`,
  )
  expect(result.cache).toEqual({ models: 0, holders: 0 })
  expect(result.contextsCreated).toBeGreaterThanOrEqual(CYCLES)
  expect(result.contextsAlive).toBe(0)
  // Every mount holds exactly what the first did: nothing accumulates in the shared cache.
  for (const g of result.gpu) expect(g).toEqual(result.gpu[0])
  // The 25 cycles measured grow the heap by about 1.0-1.1 MB (CI runs): garbage the collector has not yet
  // taken, not views kept alive. A listener left on an unmounted canvas once leaked 0.27 MB a cycle, which
  // over these 25 cycles is about 6.7 MB, over the bound.
  expect(result.heaps[1] - result.heaps[0]).toBeLessThan(4e6)
})
