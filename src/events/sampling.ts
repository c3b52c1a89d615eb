/** FNV-1a of the session id mapped to [0, 1): the same session always gets the same answer. */
export function sessionBucket(sessionId: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < sessionId.length; i++) {
    h ^= sessionId.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) / 0x1_0000_0000
}

/** Whether a session is kept at `sampleRate` (0..1). Whole sessions are kept or dropped, never single events. */
export function isSessionSampled(sessionId: string, sampleRate = 1): boolean {
  if (!(sampleRate < 1)) return true
  if (!(sampleRate > 0)) return false
  return sessionBucket(sessionId) < sampleRate
}
