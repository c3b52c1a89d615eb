import { afterAll, beforeAll, expect } from 'vitest'
import { openSession, type Session, type SessionOptions } from './browser'

/**
 * One Chromium for a test file: opened before its tests, and on closing it
 * checks what every browser test must hold: no request left loopback and no
 * uncaught error reached the page. The returned object is filled in beforeAll.
 */
export function useSession(options: SessionOptions = {}): Session {
  const session = {} as Session
  beforeAll(async () => {
    Object.assign(session, await openSession(options))
  })
  afterAll(async () => {
    expect(session.offLoopback, 'requests beyond loopback').toEqual([])
    expect(session.pageErrors, 'uncaught page errors').toEqual([])
    await session.close?.()
  })
  return session
}
