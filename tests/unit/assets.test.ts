// Checks our own sample catalogue (assets/) against itself: every manifest
// parses, every model exists, is the size its manifest claims, carries the
// variants the manifest names, and every hotspot sits on the model's surface.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { NodeIO, type Document } from '@gltf-transform/core'
import { KHRONOS_EXTENSIONS, type Sheen, type MappingList } from '@gltf-transform/extensions'
import { getBounds } from '@gltf-transform/functions'
import { Matrix4, Triangle, Vector3 } from 'three'
import * as v from 'valibot'
import { beforeAll, describe, expect, it } from 'vitest'
import { FINISHES, parseProduct, toMetres, type Product } from '../../src/product'
import { ShadeSchema } from '../../src/product/schema'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const readJson = (rel: string): unknown => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'))
const rawProducts = readJson('assets/products.json') as unknown[]
const rawShades = readJson('assets/shades.json') as unknown[]

const products: Product[] = rawProducts.map((json) => {
  const result = parseProduct(json)
  if (!result.ok) throw result.error
  return result.product
})
const modelled = products.filter((p) => p.model)
const io = new NodeIO().registerExtensions(KHRONOS_EXTENSIONS)
const docs = new Map<string, Document>()

beforeAll(async () => {
  for (const p of modelled) docs.set(p.id, await io.read(path.join(ROOT, p.model!.src)))
})

/** Every triangle of the default scene, in world space, with its geometric normal. */
function worldTriangles(doc: Document) {
  const triangles: { tri: Triangle; normal: Vector3 }[] = []
  doc
    .getRoot()
    .getDefaultScene()!
    .traverse((node) => {
      const mesh = node.getMesh()
      if (!mesh) return
      const world = new Matrix4().fromArray(node.getWorldMatrix())
      for (const prim of mesh.listPrimitives()) {
        const pos = prim.getAttribute('POSITION')!
        const index = prim.getIndices()!.getArray()!
        const at = (i: number) => new Vector3().fromArray(pos.getElement(i, [0, 0, 0])).applyMatrix4(world)
        for (let t = 0; t < index.length; t += 3) {
          const tri = new Triangle(at(index[t]), at(index[t + 1]), at(index[t + 2]))
          triangles.push({ tri, normal: tri.getNormal(new Vector3()) })
        }
      }
    })
  return triangles
}

describe('shade catalogue (assets/shades.json)', () => {
  it('has a dozen or so valid shades with unique ids, covering every finish', () => {
    expect(rawShades.length).toBeGreaterThanOrEqual(12)
    const shades = rawShades.map((s) => v.parse(ShadeSchema, s))
    expect(new Set(shades.map((s) => s.id)).size).toBe(shades.length)
    expect(new Set(shades.map((s) => s.finish))).toEqual(new Set(FINISHES))
    for (const s of shades) expect(s.opacity).toBeGreaterThan(0)
  })
})

describe('product catalogue (assets/products.json)', () => {
  it('has unique ids: a sofa, an armchair, a coffee table, a wall piece and 3-4 lipsticks, priced in EUR', () => {
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length)
    for (const id of ['sofa', 'armchair', 'coffee-table', 'wall-mirror'])
      expect(products.map((p) => p.id)).toContain(id)
    expect(products.find((p) => p.id === 'wall-mirror')!.placement).toBe('wall')
    const lipsticks = products.filter((p) => p.kind === 'lipstick')
    expect(lipsticks.length).toBeGreaterThanOrEqual(3)
    expect(lipsticks.length).toBeLessThanOrEqual(4)
    for (const p of products) expect(p.price.currency).toBe('EUR')
  })

  it('draws every lipstick shade from the shade catalogue', () => {
    for (const p of products.filter((x) => x.kind === 'lipstick')) {
      expect(p.model).toBeUndefined()
      for (const shade of p.shades) expect(rawShades).toContainEqual(shade)
    }
  })

  it('references only files that exist, each GLB under 300 KB', () => {
    for (const p of modelled) {
      const file = path.join(ROOT, p.model!.src)
      expect(fs.existsSync(file), p.model!.src).toBe(true)
      expect(fs.statSync(file).size).toBeLessThan(300 * 1024)
      if (p.model!.poster) expect(fs.existsSync(path.join(ROOT, p.model!.poster)), p.model!.poster).toBe(true)
      expect(p.dimensions, `${p.id} needs dimensions`).toBeDefined()
      expect(p.variants.length).toBeGreaterThanOrEqual(2)
      expect(p.variants.length).toBeLessThanOrEqual(4)
    }
  })
})

describe.each(modelled.map((p) => [p.id, p] as const))('model %s', (_id, product) => {
  it('declares exactly the glTF variants the manifest names, each mapped to a material', () => {
    const doc = docs.get(product.id)!
    const names = doc
      .getRoot()
      .listExtensionsUsed()
      .find((e) => e.extensionName === 'KHR_materials_variants')
    expect(names).toBeDefined()
    const gltfNames = doc
      .getRoot()
      .listMeshes()
      .flatMap((m) => m.listPrimitives())
      .map((prim) => prim.getExtension<MappingList>('KHR_materials_variants'))
      .filter((list): list is MappingList => list !== null)
      .flatMap((list) =>
        list
          .listMappings()
          .filter((m) => m.getMaterial())
          .flatMap((m) => m.listVariants().map((v) => v.getName())),
      )
    expect(new Set(gltfNames)).toEqual(new Set(product.variants.map((v) => v.gltfVariant)))
  })

  it('has the manifest dimensions within 1 %, standing on y = 0', () => {
    const { min, max } = getBounds(docs.get(product.id)!.getRoot().getDefaultScene()!)
    const size = [0, 1, 2].map((k) => max[k] - min[k])
    const expected = toMetres(product.dimensions!)
    size.forEach((s, k) =>
      expect(Math.abs(s - expected[k]), `${'xyz'[k]}: ${s} vs ${expected[k]}`).toBeLessThanOrEqual(expected[k] * 0.01),
    )
    expect(Math.abs(min[1])).toBeLessThan(1e-4)
    expect(Math.abs(min[0] + max[0])).toBeLessThan(1e-3)
    // Floor pieces are centred on z; a wall piece has its back on z = 0 and its front towards +Z.
    if (product.placement === 'wall') expect(Math.abs(min[2])).toBeLessThan(1e-4)
    else expect(Math.abs(min[2] + max[2])).toBeLessThan(1e-3)
  })

  it('uses PBR materials, with sheen on fabric', () => {
    const materials = docs.get(product.id)!.getRoot().listMaterials()
    for (const m of materials) {
      expect(m.getRoughnessFactor()).toBeGreaterThan(0)
      expect(m.getBaseColorFactor()[3]).toBe(1)
    }
    const sheen = materials.filter((m) => m.getExtension<Sheen>('KHR_materials_sheen'))
    if (product.kind === 'furniture' && product.id !== 'coffee-table') expect(sheen.length).toBeGreaterThan(0)
    if (product.id === 'wall-mirror')
      expect(materials.some((m) => m.getMetallicFactor() === 1 && m.getRoughnessFactor() < 0.1)).toBe(true)
  })

  it('winds every triangle the way its vertex normals face (no inside-out parts)', () => {
    let checked = 0
    for (const mesh of docs.get(product.id)!.getRoot().listMeshes()) {
      for (const prim of mesh.listPrimitives()) {
        const pos = prim.getAttribute('POSITION')!,
          nor = prim.getAttribute('NORMAL')!
        const index = prim.getIndices()!.getArray()!
        const vec = (a: typeof pos, i: number) => new Vector3().fromArray(a.getElement(i, [0, 0, 0]))
        for (let t = 0; t < index.length; t += 3) {
          const [a, b, c] = [index[t], index[t + 1], index[t + 2]]
          const geometric = new Triangle(vec(pos, a), vec(pos, b), vec(pos, c)).getNormal(new Vector3())
          const shading = vec(nor, a).add(vec(nor, b)).add(vec(nor, c))
          expect(geometric.dot(shading), `${mesh.getName()} triangle ${t / 3}`).toBeGreaterThan(0)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100)
  })

  it('builds solid parts as closed, outward-facing shells', () => {
    let solids = 0
    for (const mesh of docs.get(product.id)!.getRoot().listMeshes()) {
      for (const prim of mesh.listPrimitives()) {
        const pos = prim.getAttribute('POSITION')!
        const index = prim.getIndices()!.getArray()!
        const p = (i: number) => pos.getElement(i, [0, 0, 0])
        const key = (i: number) =>
          p(i)
            .map((c) => Math.round(c * 1e5))
            .join(',')
        // A closed, consistently wound shell uses every edge once in each direction.
        const edges = new Map<string, number>()
        let volume = 0
        for (let t = 0; t < index.length; t += 3) {
          const tri = [index[t], index[t + 1], index[t + 2]]
          for (let k = 0; k < 3; k++) {
            const [a, b] = [key(tri[k]), key(tri[(k + 1) % 3])]
            edges.set(`${a}|${b}`, (edges.get(`${a}|${b}`) ?? 0) + 1)
          }
          const [a, b, c] = tri.map((i) => new Vector3().fromArray(p(i)))
          volume += a.dot(b.clone().cross(c)) / 6
        }
        const closed = [...edges].every(([edge, n]) => {
          const [a, b] = edge.split('|')
          return edges.get(`${b}|${a}`) === n
        })
        // Sheets (mirror glass, lamp shade) are open by design; everything else must be closed.
        if (!['Glass', 'Backing', 'Shade'].includes(mesh.getName()))
          expect(closed, `${mesh.getName()} is not closed`).toBe(true)
        if (closed) {
          expect(volume, `${mesh.getName()} is inside out`).toBeGreaterThan(0)
          solids++
        }
      }
    }
    expect(solids).toBeGreaterThan(0)
  })

  it('puts every hotspot on the surface, facing out', () => {
    const triangles = worldTriangles(docs.get(product.id)!)
    expect(product.hotspots.length).toBeGreaterThanOrEqual(1)
    for (const h of product.hotspots) {
      const p = new Vector3(...h.position)
      let best = { distance: Infinity, normal: new Vector3() }
      const closest = new Vector3()
      for (const { tri, normal } of triangles) {
        const d = tri.closestPointToPoint(p, closest).distanceTo(p)
        if (d < best.distance) best = { distance: d, normal }
      }
      expect(best.distance, `${h.id} is ${(best.distance * 1000).toFixed(1)} mm off the surface`).toBeLessThan(0.005)
      const n = new Vector3(...h.normal!)
      expect(n.length()).toBeCloseTo(1, 2)
      expect(n.dot(best.normal), `${h.id} normal`).toBeGreaterThan(0.8)
    }
  })
})

it('committed assets match what the generator writes (deterministic, not stale)', () => {
  expect(() =>
    execFileSync(process.execPath, [path.join(ROOT, 'assets/build-assets.mjs'), '--check'], { stdio: 'pipe' }),
  ).not.toThrow()
})
