import path from 'node:path'

const src = path.resolve(import.meta.dirname, '../src')

/** Lets the demo, stories, tests and benches import 'vitrine' as a store would, from source. */
export const vitrineAliases = [
  { find: /^vitrine\/events$/, replacement: path.join(src, 'events/index.ts') },
  { find: /^vitrine\/chat$/, replacement: path.join(src, 'chat/index.ts') },
  { find: /^vitrine\/product$/, replacement: path.join(src, 'product/index.ts') },
  { find: /^vitrine\/testing$/, replacement: path.join(src, 'testing/index.ts') },
  { find: /^vitrine$/, replacement: path.join(src, 'index.ts') },
]
