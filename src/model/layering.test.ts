import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'

// The shared 3D engine sits below the viewer and AR: it must not import them,
// they must reach it through its index only, and its modules form no cycle.
const src = path.resolve(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : []
  })
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1])
  return specs.map((spec) => {
    const base = path.resolve(path.dirname(file), spec)
    for (const candidate of [base + '.ts', base + '.tsx', path.join(base, 'index.ts'), base]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate
    }
    return base
  })
}

describe('src/model layering', () => {
  const model = sourceFiles(path.join(src, 'model'))

  it('imports nothing from the features above it', () => {
    const upward = model.flatMap((file) => relativeImports(file)
      .filter((target) => /[/\\](viewer|ar|tryon|preview|element|ui|react)[/\\]/.test(path.relative(src, target) + '/'))
      .map((target) => `${path.relative(src, file)} -> ${path.relative(src, target)}`))
    expect(upward).toEqual([])
  })

  it('is reached by viewer and AR through its index only', () => {
    const users = [...sourceFiles(path.join(src, 'viewer')), ...sourceFiles(path.join(src, 'ar'))]
    const deep = users.flatMap((file) => relativeImports(file)
      .filter((target) => target.startsWith(path.join(src, 'model') + path.sep) && target !== path.join(src, 'model', 'index.ts'))
      .map((target) => `${path.relative(src, file)} -> ${path.relative(src, target)}`))
    expect(deep).toEqual([])
  })

  it('has no import cycle among its modules', () => {
    const graph = new Map(model.map((file) => [file, relativeImports(file).filter((t) => model.includes(t))]))
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.basename(f)).join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of model) visit(file, [])
    expect(cycles).toEqual([])
  })
})
