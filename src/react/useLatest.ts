import { useRef, type RefObject } from 'react'

/**
 * A ref that always holds the value of the last render. For callbacks an effect calls later: the
 * effect keeps running only when what it subscribes to changes, not whenever a parent passes a new
 * inline function, and it still calls the newest one.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value)
  ref.current = value
  return ref
}
