// Builds the self-contained <vitrine-product> (vite.element.config.ts) into a
// folder and describes it: the shell entry's static import closure (what a page
// downloads before the poster), its gzip size, and which packages it holds.
// Shared by the element browser test and the bench.
import path from 'node:path'
import { buildChunks, gzipSize as gzip, packageOf } from './productionBuild.mjs'

/** @returns {Promise<{ outDir: string, shell: { files: string[], gzip: number, raw: number, packages: string[] }, chunks: { fileName: string, gzip: number }[] }>} */
export async function buildElement(root, outDir) {
  const chunks = await buildChunks(path.join(root, 'vite.element.config.ts'), 'VITRINE_ELEMENT_OUT', outDir)
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = new Set()
  const visit = (fileName) => {
    if (closure.has(fileName)) return
    closure.add(fileName)
    for (const dep of byName.get(fileName)?.imports ?? []) visit(dep)
  }
  visit('element/vitrine-product.js')
  const files = [...closure]
  const packages = new Set()
  for (const f of files) {
    for (const id of Object.keys(byName.get(f)?.modules ?? {})) {
      packages.add(packageOf(id) ?? 'vitrine src')
    }
  }
  return {
    outDir,
    shell: {
      files,
      raw: files.reduce((n, f) => n + Buffer.byteLength(byName.get(f).code), 0),
      gzip: files.reduce((n, f) => n + gzip(byName.get(f).code), 0),
      packages: [...packages].sort(),
    },
    chunks: chunks.map((c) => ({ fileName: c.fileName, gzip: gzip(c.code) })),
  }
}
