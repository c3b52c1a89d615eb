// When the heavy half loads: the 3D code (React, R3F, three behind
// ./mountPreview) is fetched by dynamic import once, shared by every element,
// and only after the element's poster is up and the shopper comes near it.

let previewModule: Promise<typeof import('./mountPreview')> | undefined

/** The live preview's module, imported once (a failed import may be retried). */
export const loadPreviewModule = () =>
  (previewModule ??= import('./mountPreview').catch((err) => {
    previewModule = undefined
    throw err
  }))

/** Calls `run` once `el` comes within 200 px of the viewport (at once without IntersectionObserver); returns a stop. */
export function whenNearViewport(el: Element, run: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    run()
    return () => {}
  }
  const near = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        near.disconnect()
        run()
      }
    },
    { rootMargin: '200px' },
  )
  near.observe(el)
  return () => near.disconnect()
}

/** Poster first, on its own: work that waits for the element's poster to be on screen (or to have failed). */
export class PosterGate {
  #up = false
  #waiting: (() => void)[] = []

  /** Runs `run` now if the poster is up, else once it is. */
  whenUp(run: () => void): void {
    if (this.#up) run()
    else this.#waiting.push(run)
  }

  /** The poster is up: runs what waited. Bound, to serve as an event listener. */
  readonly shown = (): void => {
    this.#up = true
    for (const run of this.#waiting.splice(0)) run()
  }

  /** A new product: its poster is not up yet, and nothing waits for it. */
  reset(): void {
    this.#up = false
    this.#waiting = []
  }
}

/** Starts fetching the 3D code on a hint of intent (pointer, touch, focus), so a tap has less to wait for. */
export function prefetchOnIntent(el: HTMLElement, hasProduct: () => boolean): void {
  for (const type of ['pointerenter', 'touchstart', 'focusin']) {
    el.addEventListener(
      type,
      () => {
        if (hasProduct()) void loadPreviewModule().catch(() => {})
      },
      { passive: true, once: true },
    )
  }
}
