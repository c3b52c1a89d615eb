// Builds Vitrine's bench pages (production React) and works out which
// packages make up each shipped chunk, so the report can say what the bytes are.
import path from 'node:path'
import { buildChunks, gzipSize, packageOf } from '../../tools/productionBuild.mjs'

export { gzipSize }

export async function buildBenchPages(root, outDir) {
  const chunks = await buildChunks(path.join(root, 'bench/vite.config.ts'), 'VITRINE_BENCH_OUT', outDir)
  return chunks.map((chunk) => ({
    fileName: chunk.fileName,
    isEntry: chunk.isEntry,
    bytes: Buffer.byteLength(chunk.code),
    gzip: gzipSize(chunk.code),
    packages: packageShares(root, chunk),
  }))
}

/** Share of a chunk's rendered code per package (node_modules/<pkg>, or 'vitrine src'). */
function packageShares(root, chunk) {
  const totals = new Map()
  let sum = 0
  for (const [id, info] of Object.entries(chunk.modules ?? {})) {
    const len = info.renderedLength ?? 0
    if (!len) continue
    const rel = path.relative(root, id.replace(/^\0/, ''))
    const name = packageOf(rel) ?? (rel.startsWith('src/') ? 'vitrine src' : 'other')
    totals.set(name, (totals.get(name) ?? 0) + len)
    sum += len
  }
  return [...totals].map(([name, len]) => ({ name, share: sum ? len / sum : 0 })).sort((a, b) => b.share - a.share)
}
