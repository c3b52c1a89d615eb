// The layer picture of ARCHITECTURE.md, checked: imports point down only,
// there are no import cycles, and the shared 3D engine is used through its
// index. Reads the import statements of every file under src/ with
// TypeScript's own pre-processor, so type-only and dynamic imports count too.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const src = path.resolve(import.meta.dirname, '../../src')

/** Bottom to top. A folder may import folders of a lower rank, never the same rank or above. */
const RANK: Record<string, number> = {
  errors: -1,
  product: 0,
  runtime: 0,
  events: 1,
  chat: 2,
  model: 3,
  ui: 4,
  react: 4,
  viewer: 5,
  ar: 5,
  tryon: 5,
  // Between the features and the drop-in: the agent's mirror renders the viewer, ProductPreview offers the share.
  coview: 5.5,
  preview: 6,
  element: 7,
  testing: 8,
  'index.ts': 8,
}

const isSource = (f: string) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)
const files = fs
  .readdirSync(src, { recursive: true })
  .map(String)
  .filter(isSource)
  .map((f) => path.join(src, f))
const layerOf = (file: string) => path.relative(src, file).split(path.sep)[0]

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, '').replace(/\.js$/, ''))
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find(
    (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
  )
}

const graph = new Map<string, string[]>(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((i) => resolveImport(file, i.fileName))
      .filter((f): f is string => !!f && isSource(f))
    return [file, targets]
  }),
)
const rel = (f: string) => path.relative(src, f)

describe('architecture', () => {
  it('every top-level folder of src/ has a layer', () => {
    const unknown = [...new Set(files.map(layerOf))].filter((l) => !(l in RANK))
    expect(unknown, 'add new folders to RANK here and to ARCHITECTURE.md').toEqual([])
  })

  it('imports point down the layers', () => {
    const upward: string[] = []
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const [a, b] = [layerOf(file), layerOf(target)]
        if (a !== b && !(RANK[b] < RANK[a])) upward.push(`${rel(file)} -> ${rel(target)}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('the shared 3D engine is used through its index only', () => {
    const deep = [...graph].flatMap(([file, targets]) =>
      layerOf(file) === 'model'
        ? []
        : targets
            .filter((t) => layerOf(t) === 'model' && rel(t) !== path.join('model', 'index.ts'))
            .map((t) => `${rel(file)} -> ${rel(t)}`),
    )
    expect(deep).toEqual([])
  })

  it('has no import cycles', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string) => {
      state.set(file, 'open')
      stack.push(file)
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map(rel).join(' -> '))
        else if (!state.has(next)) visit(next)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of graph.keys()) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })
})
