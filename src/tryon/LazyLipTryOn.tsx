import { lazy, Suspense } from 'react'
import type { LipTryOnProps } from './LipTryOn'

const Impl = lazy(() => import('./LipTryOn').then((m) => ({ default: m.LipTryOn })))

/**
 * `<LipTryOn>` as the package exports it: the try-on code (three, the colour
 * library, the face model glue) downloads only when this first renders. Its `ref` prop reaches the try-on itself.
 */
export function LipTryOn(props: LipTryOnProps) {
  return (
    <Suspense
      fallback={<div className="vitrine-root" data-vitrine-state="loading" data-tryon-status="idle" aria-busy="true" />}
    >
      <Impl {...props} />
    </Suspense>
  )
}
