import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { decodePng, type Session } from './browser'

export interface StoryEntry {
  id: string
  title: string
  name: string
  tags: string[]
  type: string
}

/** Every story in the built Storybook, from its index.json. */
export async function listStories(origin: string): Promise<StoryEntry[]> {
  const index = (await (await fetch(`${origin}/storybook/index.json`)).json()) as {
    entries: Record<string, StoryEntry>
  }
  return Object.values(index.entries).filter((e) => e.type === 'story')
}

const axeSource = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8')

/**
 * Renders one story in Storybook's iframe, waits for Vitrine components to
 * settle, then checks: no uncaught error, something rendered, and no serious
 * or critical axe violation.
 */
export async function checkStory(session: Session, origin: string, story: StoryEntry, shots: string) {
  const { page } = session
  session.pageErrors.length = 0
  await page.goto(`${origin}/storybook/iframe.html?id=${story.id}&viewMode=story`)
  await page.waitForFunction(
    () =>
      (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0 ||
      document.querySelector('.sb-show-errordisplay'),
    null,
    { timeout: 60_000 },
  )
  if (!story.tags.includes('no-settle')) {
    // Vitrine roots leave `loading` for `ready`, `error` or `idle` (poster until tapped).
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll<HTMLElement>('[data-vitrine-state]')].some(
          (el) => el.dataset.vitrineState === 'loading',
        ),
      null,
      { timeout: 90_000 },
    )
  }
  // A story named for a state must show it: `state:<attribute>=<value>` tags say which (a story that
  // needs ../shared/assets and shows its note instead is exempt).
  const needsShared = await page.locator('#storybook-root [role=note]').count()
  for (const [, attribute, value] of story.tags.map((t) => /^state:([\w-]+)=([\w-]+)$/.exec(t)).filter((m) => !!m)) {
    if (needsShared) break
    await page.waitForSelector(`[${attribute}="${value}"]`, { timeout: 90_000 }).catch(() => {
      throw new Error(`${story.id} is named for ${attribute}=${value} but never reached it`)
    })
  }
  await page.waitForTimeout(400)
  // Software GL on a loaded machine can take a while to hand over a frame with a big model in it.
  const shot = await page.screenshot({ timeout: 120_000 })
  fs.writeFileSync(path.join(shots, `${story.id}.png`), shot)
  expect(await inkFraction(shot), `${story.id} screenshot is blank`).toBeGreaterThan(0.002)
  expect(await page.locator('.sb-show-errordisplay').count(), `${story.id} shows Storybook's error display`).toBe(0)
  expect(session.pageErrors, `${story.id} page errors`).toEqual([])
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document.querySelector('#storybook-root'), {
      resultTypes: ['violations'],
    })
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; impact: string; nodes: { target: string[] }[] }) =>
          `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      )
  })
  expect(violations, `${story.id} axe violations`).toEqual([])
}

/** Share of pixels that differ from the screenshot's most common colour: 0 for a blank frame. */
async function inkFraction(png: Buffer): Promise<number> {
  const { data, width, height } = await decodePng(png)
  const counts = new Map<number, number>()
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return 1 - Math.max(...counts.values()) / (width * height)
}

/**
 * Declares the tests for one shard of the stories (`index % shards === shard`),
 * so that two test files render them in parallel.
 */
export async function defineStoryShard(shard: number, shards: number) {
  const { afterAll, beforeAll, describe, inject, it } = await import('vitest')
  const { openSession } = await import('./browser')
  const origin = inject('origin')
  const shots = path.resolve(import.meta.dirname, '../../.vitrine/screenshots/stories')
  fs.mkdirSync(shots, { recursive: true })
  const stories = (await listStories(origin)).filter((_, i) => i % shards === shard)
  let session: Session
  beforeAll(async () => {
    session = await openSession({ viewport: { width: 800, height: 700 } })
  })
  afterAll(async () => {
    expect(session.offLoopback, 'requests beyond loopback').toEqual([])
    await session.close()
  })
  describe('stories', () => {
    it.each(stories.map((s) => [s.id, s] as const))('%s', async (_, story) => {
      await checkStory(session, origin, story, shots)
    })
  })
}
