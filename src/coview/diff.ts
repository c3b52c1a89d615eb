// The shared state travels as diffs: only the fields that changed since the
// last message, compared by value (an orbit or AR status is a small object).
import { COVIEW_STATE_KEYS, type CoviewPatch, type CoviewState } from './state'

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

/** The fields of `next` that differ from `prev`, or null when nothing changed. */
export function diffState(prev: CoviewState, next: CoviewState): CoviewPatch | null {
  const patch: Record<string, unknown> = {}
  for (const key of COVIEW_STATE_KEYS) if (!sameValue(prev[key], next[key])) patch[key] = next[key]
  return Object.keys(patch).length ? (patch as CoviewPatch) : null
}

/** `state` with `patch` applied (fields replaced whole, never merged deeper). */
export function applyPatch(state: CoviewState, patch: CoviewPatch): CoviewState {
  const next = { ...state }
  for (const key of COVIEW_STATE_KEYS)
    if (key in patch && patch[key] !== undefined) (next as Record<string, unknown>)[key] = patch[key]
  return next
}
