// A production Vite build of one config into a folder of our choosing, and the
// measures both the element build and the bench pages report on its chunks.
import zlib from 'node:zlib'
import { build } from 'vite'

/** Bytes after gzip -9, the level the bench and the budgets quote. */
export const gzipSize = (code) => zlib.gzipSync(Buffer.from(code), { level: 9 }).length

/**
 * Builds `configFile` with NODE_ENV=production; the config reads its output folder from the environment
 * variable `outDirVariable`, set to `outDir` for the build only. Returns the emitted chunks (not assets).
 */
export async function buildChunks(configFile, outDirVariable, outDir) {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  process.env[outDirVariable] = outDir
  let result
  try {
    result = await build({ configFile, logLevel: 'warn' })
  } finally {
    // Assigning undefined to process.env would store the string "undefined".
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
    delete process.env[outDirVariable]
  }
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk')
}

/** The npm package a module id comes from (`three`, `@react-three/fiber`), or null outside node_modules. */
export function packageOf(id) {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? null
}
