import { useEffect, useState, type RefObject } from 'react'

/** True once the element comes within `margin` of the viewport (and stays true). */
export function useNearViewport(ref: RefObject<Element | null>, enabled: boolean, margin = '200px'): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    if (!enabled || near) return
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') {
      setNear(true)
      return
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, enabled, near, margin])
  return near
}
