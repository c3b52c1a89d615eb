// State reflection: the live preview's state, read off its own attributes,
// set on the host for the page's CSS, scripts and tests (`data-vitrine-state`,
// `data-ar-status`, `--vitrine-progress` …), with `vitrine-progress` events.
import { readInnerState } from './innerState'

/** Host attributes that only the live preview sets; cleared when it is unmounted. */
const PREVIEW_ATTRIBUTES = [
  'data-ar-status',
  'data-ar-mode',
  'data-tryon-status',
  'data-vitrine-error',
  'data-vitrine-progress',
]

/** Sets or removes one host attribute, touching the DOM only on a change. */
export function reflect(host: HTMLElement, name: string, value: string | undefined): void {
  if (value === undefined) host.removeAttribute(name)
  else if (host.getAttribute(name) !== value) host.setAttribute(name, value)
}

/** Copies the live preview's state (under `mount`) to the host; a new progress also fires `vitrine-progress`. */
export function reflectPreviewState(host: HTMLElement, mount: ParentNode): void {
  const inner = readInnerState(mount)
  if (!inner) return
  reflect(host, 'data-vitrine-state', inner.state)
  reflect(host, 'data-vitrine-error', inner.error)
  reflect(host, 'data-ar-status', inner.arStatus)
  reflect(host, 'data-ar-mode', inner.arMode)
  reflect(host, 'data-tryon-status', inner.tryonStatus)
  const progress = inner.progress === undefined ? undefined : String(inner.progress)
  if (progress !== host.getAttribute('data-vitrine-progress')) {
    reflect(host, 'data-vitrine-progress', progress)
    host.style.setProperty('--vitrine-progress', progress ?? '0')
    host.dispatchEvent(
      new CustomEvent('vitrine-progress', {
        detail: { progress: inner.progress ?? null },
        bubbles: true,
        composed: true,
      }),
    )
  }
}

/** Removes what only the live preview reflects (the shell reflects `data-vitrine-state` itself). */
export function clearPreviewState(host: HTMLElement): void {
  for (const a of PREVIEW_ATTRIBUTES) host.removeAttribute(a)
}
