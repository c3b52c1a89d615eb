// Every story renders in CI as a test (half 0 of them; the other half runs
// in parallel in stories-1.test.ts): no error, something on screen,
// zero serious or critical axe violations.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { openSession, type Session } from '../support/browser'
import { checkStory, listStories } from '../support/stories'

const origin = inject('origin')
const shots = path.resolve(import.meta.dirname, '../../.vitrine/screenshots/stories')
fs.mkdirSync(shots, { recursive: true })
const stories = (await listStories(origin)).filter((_, i) => i % 2 === 0)

let session: Session
beforeAll(async () => { session = await openSession({ viewport: { width: 800, height: 700 } }) })
afterAll(async () => {
  expect(session.offLoopback, 'requests beyond loopback').toEqual([])
  await session.close()
})

describe('stories', () => {
  it.each(stories.map((s) => [s.id, s] as const))('%s', async (_, story) => {
    await checkStory(session, origin, story, shots)
  })
})
