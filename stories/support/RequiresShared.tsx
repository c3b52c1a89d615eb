import { useEffect, useState, type ReactNode } from 'react'

/** Shows its children only when ../shared/assets is served at /shared; otherwise says why not. */
export function RequiresShared({ probe, children }: { probe: string; children: ReactNode }) {
  const [available, setAvailable] = useState<boolean>()
  useEffect(() => {
    fetch(probe, { method: 'HEAD' }).then(
      (r) => setAvailable(r.ok),
      () => setAvailable(false),
    )
  }, [probe])
  if (available === undefined) return null
  if (!available) {
    return (
      <p role="note" style={{ font: '14px system-ui', padding: 16, maxWidth: 420 }}>
        Skipped: this story shows a Khronos test model from <code>../shared/assets</code>, which is not present beside
        this checkout.
      </p>
    )
  }
  return <>{children}</>
}
