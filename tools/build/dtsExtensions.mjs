// Gives every relative import in the emitted .d.ts files its full path
// (`./x` -> `./x.js` or `./x/index.js`). Under TypeScript's `node16` and
// `nodenext` resolution a store's type check cannot follow extensionless
// relative imports: with `skipLibCheck` every export silently becomes `any`.
// Our sources use `bundler` resolution, which does not need them.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(process.argv[2] ?? 'dist/types')
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g

function fullPath(file, specifier) {
  if (/\.(js|json)$/.test(specifier)) return specifier
  const base = path.resolve(path.dirname(file), specifier)
  if (fs.existsSync(`${base}.d.ts`)) return `${specifier}.js`
  if (fs.existsSync(path.join(base, 'index.d.ts'))) return `${specifier}/index.js`
  throw new Error(`${path.relative(root, file)}: cannot resolve "${specifier}" to a declaration file`)
}

let changed = 0
for (const entry of fs.readdirSync(root, { recursive: true })) {
  const file = path.join(root, String(entry))
  if (!file.endsWith('.d.ts')) continue
  const text = fs.readFileSync(file, 'utf8')
  const next = text.replace(SPECIFIER, (_m, lead, quote, spec) => `${lead}${quote}${fullPath(file, spec)}${quote}`)
  if (next !== text) {
    fs.writeFileSync(file, next)
    changed++
  }
}
console.log(`dts-extensions: full import paths in ${changed} declaration files`)
