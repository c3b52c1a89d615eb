/**
 * At most one `viewer_interaction` per `intervalMs`: a drag fires dozens of
 * control events per second, analytics wants one per gesture. The first one
 * always passes (a shopper's first second of input was once swallowed).
 */
export function createInteractionThrottle(
  intervalMs = 1000,
  now: () => number = () => performance.now(),
): () => boolean {
  let last = Number.NEGATIVE_INFINITY
  return () => {
    const t = now()
    if (t - last < intervalMs) return false
    last = t
    return true
  }
}
