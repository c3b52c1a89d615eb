// Every public export has TSDoc: what a store's developer sees on hover.
// Walks the exports of each package entry with the TypeScript checker.
import path from 'node:path'
import ts from 'typescript'
import { expect, it } from 'vitest'

const src = path.resolve(import.meta.dirname, '../../src')
const ENTRIES = [
  'index.ts',
  'product/index.ts',
  'events/index.ts',
  'chat/index.ts',
  'element/index.ts',
  'testing/index.ts',
]

it('every public export of every entry has TSDoc', () => {
  const entries = ENTRIES.map((e) => path.join(src, e)).filter((f) => ts.sys.fileExists(f))
  const program = ts.createProgram(entries, {
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    types: ['vite/client'],
  })
  const checker = program.getTypeChecker()
  const undocumented = new Set<string>()
  let count = 0
  for (const entry of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!
    for (const exported of checker.getExportsOfModule(module)) {
      count++
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const documented =
        symbol.getDocumentationComment(checker).length > 0 ||
        (symbol.declarations ?? []).some((d) => ts.getJSDocTags(d).length > 0)
      if (!documented) undocumented.add(`${path.relative(src, entry)}: ${exported.name}`)
    }
  }
  expect(count).toBeGreaterThan(50)
  expect([...undocumented]).toEqual([])
}, 180_000)
