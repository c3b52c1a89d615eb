import { defineConfig } from 'vitest/config'

// Two projects: fast unit tests in Node, and browser tests that drive real
// headless Chromium (playwright-core + /usr/bin/chromium) against pages that
// the global setup builds once and serves on loopback.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // Unit tests first (seconds), then the browser tests with their own worker limit.
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 180_000,
          // expect.poll's default of 1 s is shorter than a loaded 2-core machine can take to draw a frame or
          // send a request (CI has seen a viewer go over 15 s without a frame); a poll that must succeed
          // gets 30 s, and one that checks a wrong state still fails.
          expect: { poll: { timeout: 30_000, interval: 100 } },
          hookTimeout: 300_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
