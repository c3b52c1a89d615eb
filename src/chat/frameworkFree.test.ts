import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'

// vitrine/events and vitrine/chat are subpath exports for stores without React:
// not one of their runtime files may import react, react-dom, three or the React bindings.
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    if (d.isDirectory()) return sources(full)
    return /\.tsx?$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [full] : []
  })
}

describe('framework-free subpaths', () => {
  it.each(['events', 'chat'])('src/%s imports nothing from react, three or src/react', (name) => {
    const files = sources(path.resolve(import.meta.dirname, '..', name))
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      const specifiers = [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
        (m) => m[1],
      )
      for (const s of specifiers)
        expect(s, `${file} imports ${s}`).not.toMatch(/^(react|react-dom|three|@react-three)(\/|$)|\/react\//)
      for (const s of specifiers.filter((x) => x.startsWith('.')))
        expect(path.resolve(path.dirname(file), s), `${file} reaches outside events/chat`).toMatch(
          /src\/(events|chat)(\/|$)/,
        )
    }
  })
})
