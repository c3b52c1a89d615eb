// A texture that cannot be decoded must not pass silently: the model still
// shows (in the wrong colours there), the shopper sees a notice, the store
// gets a typed texture_failed event and the developer a console warning that
// names the texture.
import { describe, expect, inject, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { useSession } from '../support/session'
import { waitForSettled } from '../support/viewer'
import { editGlbJson } from '../support/glb'

const origin = inject('origin')
const armchair = fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/models/armchair.glb'))

const session = useSession()

/** A PNG whose header declares 65,536 × 65,536 pixels (16 GB decoded) over a few bytes of data. */
function hugePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length)
    return out
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(65536, 0)
  ihdr.writeUInt32BE(65536, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

async function load(name: string, glb: Buffer, files: Record<string, { body: Buffer; type: string }>) {
  const { page } = session
  const warnings: string[] = []
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'warning') warnings.push(m.text())
  }
  page.on('console', onConsole)
  const broken = (url: URL) => url.pathname.startsWith('/broken/')
  await page.route(broken, (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === `/broken/${name}.glb`)
      return route.fulfill({ status: 200, body: glb, contentType: 'model/gltf-binary' })
    const file = files[path]
    return file
      ? route.fulfill({ status: 200, body: file.body, contentType: file.type })
      : route.fulfill({ status: 404 })
  })
  try {
    await page.goto(`${origin}/viewer.html?src=/broken/${name}.glb&id=broken-chair`)
    expect(await waitForSettled(page)).toBe('ready')
    await page.waitForSelector('[data-vitrine-warning=texture]')
    return {
      warnings,
      notice: await page.textContent('.vitrine-notice'),
      events: await page.evaluate(() =>
        (window as any).__harness.events
          .filter((e: { name: string }) => e.name === 'texture_failed')
          .map((e: { props: unknown }) => e.props),
      ),
      canvases: await page.locator('canvas').count(),
    }
  } finally {
    page.off('console', onConsole)
    await page.unroute(broken)
  }
}

describe('a texture that fails to decode', () => {
  it('a PNG declaring 65,536²: ready, a notice, a texture_failed event and a warning naming the file', async () => {
    const glb = editGlbJson(armchair, (json) => {
      const images = json.images as Record<string, unknown>[]
      images[0] = { uri: 'huge-fabric.png', name: 'fabric-weave' }
    })
    const r = await load('huge-png', glb, { '/broken/huge-fabric.png': { body: hugePng(), type: 'image/png' } })
    expect(r.canvases).toBe(1)
    expect(r.notice).toMatch(/colours may not be exact/i)
    expect(r.events).toEqual([{ count: 1, texture: 'huge-fabric.png' }])
    expect(r.warnings.filter((w) => w.includes('[vitrine]'))).toEqual([
      expect.stringContaining('texture "huge-fabric.png"'),
    ])
    expect(r.warnings.join('\n')).toContain('broken-chair')
  })

  it('a broken KTX2 file: the same, naming that file', async () => {
    const glb = editGlbJson(armchair, (json) => {
      json.extensionsUsed = [...((json.extensionsUsed as string[]) ?? []), 'KHR_texture_basisu']
      const images = json.images as Record<string, unknown>[]
      images[1] = { name: 'wood-grain-basis', uri: 'wood.ktx2', mimeType: 'image/ktx2' }
      const textures = json.textures as Record<string, unknown>[]
      textures[1] = { ...textures[1], extensions: { KHR_texture_basisu: { source: 1 } } }
    })
    // The KTX2 identifier, then garbage where the level index should be.
    const ktx2 = Buffer.concat([
      Buffer.from([0xab, 0x4b, 0x54, 0x58, 0x20, 0x32, 0x30, 0xbb, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(200, 7),
    ])
    const r = await load('broken-ktx2', glb, { '/broken/wood.ktx2': { body: ktx2, type: 'image/ktx2' } })
    expect(r.notice).toMatch(/colours may not be exact/i)
    expect(r.events).toEqual([{ count: 1, texture: 'wood.ktx2' }])
    expect(r.warnings.some((w) => w.includes('texture "wood.ktx2"'))).toBe(true)
  })

  it('a model whose textures all decode shows no notice', async () => {
    const { page } = session
    await page.goto(`${origin}/viewer.html?src=/assets/models/armchair.glb`)
    expect(await waitForSettled(page)).toBe('ready')
    await page.waitForTimeout(300)
    expect(await page.locator('.vitrine-notice').count()).toBe(0)
    expect(
      await page.evaluate(() =>
        (window as any).__harness.events.filter((e: { name: string }) => e.name === 'texture_failed'),
      ),
    ).toEqual([])
  })
})
