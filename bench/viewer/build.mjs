// Builds Vitrine's bench pages (production React) and works out which
// packages make up each shipped chunk, so the report can say what the bytes are.
import path from 'node:path'
import zlib from 'node:zlib'
import { build } from 'vite'

export const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length

export async function buildBenchPages(root, outDir) {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  process.env.VITRINE_BENCH_OUT = outDir
  let result
  try {
    result = await build({ configFile: path.join(root, 'bench/vite.config.ts'), logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)
  return outputs
    .filter((o) => o.type === 'chunk')
    .map((chunk) => ({
      fileName: chunk.fileName,
      isEntry: chunk.isEntry,
      bytes: Buffer.byteLength(chunk.code),
      gzip: gzipSize(Buffer.from(chunk.code)),
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
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel)
    const name = m ? m[1] : rel.startsWith('src/') ? 'vitrine src' : 'other'
    totals.set(name, (totals.get(name) ?? 0) + len)
    sum += len
  }
  return [...totals].map(([name, len]) => ({ name, share: sum ? len / sum : 0 })).sort((a, b) => b.share - a.share)
}
