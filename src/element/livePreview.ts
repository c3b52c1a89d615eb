// The live preview inside <vitrine-product>: the React <ProductPreview>,
// mounted hidden under the shell once its code has loaded, and swapped in for
// the shell in one go (before the next paint) when it has drawn. Actions the
// shopper started in the shell wait for the swap and are replayed into it.
import type { ElementLoading } from './attributes'
import { reportError } from './errors'
import { applyParts } from './parts'
import { arStillDetecting } from './innerState'
import { loadPreviewModule } from './lazyMount'
import { clearPreviewState, reflectPreviewState } from './reflection'
import type { MountedPreview, PreviewMountProps } from './mountPreview'

/** How long the shell waits for "View in your room" to know its mode before swapping anyway. */
const SWAP_DEADLINE_MS = 2500

/** What the live preview asks of its element. */
export interface LivePreviewOwner {
  /** True while the element has a product to show. */
  hasProduct(): boolean
  /** Changes with each new product load: a module that arrives for an older one is not mounted. */
  loadId(): number
  /** The props for the preview now. */
  props(viewerLoading: ElementLoading): PreviewMountProps
  /** The 3D code is on its way: the shell shows its progress. */
  loadingStarted(): void
  /** The 3D code did not load (already reported as `load-failed`): the shell says so. */
  loadFailed(): void
}

export class LivePreview {
  /** Where React renders (in the element's shadow root). */
  readonly mountEl: HTMLElement
  #mounted: MountedPreview | undefined
  #viewerLoading: ElementLoading = 'lazy'
  #swapped = false
  #swapTimer: ReturnType<typeof setTimeout> | undefined
  #queued: (() => void)[] = []
  #inner: MutationObserver | undefined
  #echo: string | undefined

  /** `shell` is the element's plain-DOM drawing, emptied at the swap. */
  constructor(
    private readonly host: HTMLElement,
    private readonly shell: HTMLElement,
    private readonly owner: LivePreviewOwner,
  ) {
    this.mountEl = document.createElement('div')
    this.mountEl.className = 'vitrine-mount'
  }

  /** The preview is mounted (maybe not yet swapped in). */
  get mounted(): boolean {
    return !!this.#mounted
  }
  /** The preview has replaced the shell. */
  get swapped(): boolean {
    return this.#swapped
  }
  get viewerLoading(): ElementLoading {
    return this.#viewerLoading
  }

  /** Loads React + <ProductPreview> and renders it hidden; the shell stays until the swap. */
  upgrade(viewerLoading: ElementLoading): void {
    if (!this.owner.hasProduct()) return
    if (this.#mounted) {
      if (viewerLoading !== this.#viewerLoading && this.#viewerLoading === 'interaction') {
        this.#viewerLoading = viewerLoading
        this.render()
      }
      return
    }
    this.#viewerLoading = viewerLoading
    if (viewerLoading !== 'interaction') this.owner.loadingStarted()
    const id = this.owner.loadId()
    loadPreviewModule().then(
      (mod) => {
        if (id !== this.owner.loadId() || this.#mounted || !this.host.isConnected || !this.owner.hasProduct()) return
        this.mountEl.setAttribute('data-waiting', '')
        this.#inner = new MutationObserver(() => this.onInner())
        this.#inner.observe(this.mountEl, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-vitrine-state', 'data-ar-status', 'data-tryon-status', 'aria-valuenow', 'class'],
        })
        this.#mounted = mod.mountPreview(this.mountEl, this.owner.props(this.#viewerLoading))
        this.#swapTimer = setTimeout(() => this.#swap(), SWAP_DEADLINE_MS)
      },
      (err: unknown) => {
        if (id !== this.owner.loadId()) return
        reportError(this.host, {
          code: 'load-failed',
          message: `the 3D code did not load (${String((err as Error)?.message ?? err)})`,
        })
        this.owner.loadFailed()
      },
    )
  }

  /** Re-renders the mounted preview with the element's current props. */
  render(): void {
    this.#mounted?.render(this.owner.props(this.#viewerLoading))
  }

  /** After each React commit or inner change: parts, the swap once the preview has drawn, state reflection. */
  onInner(): void {
    applyParts(this.mountEl)
    if (!this.#swapped && this.mountEl.querySelector('.vitrine-preview') && !arStillDetecting(this.mountEl))
      this.#swap()
    if (!this.#swapped) return
    reflectPreviewState(this.host, this.mountEl)
  }

  /** The live preview replaces the shell in one go, before the next paint. */
  #swap() {
    clearTimeout(this.#swapTimer)
    if (this.#swapped || !this.#mounted) return
    this.#swapped = true
    this.shell.replaceChildren()
    this.mountEl.removeAttribute('data-waiting')
    applyParts(this.mountEl)
    const queued = this.#queued
    this.#queued = []
    for (const run of queued) run()
    this.onInner()
  }

  /** Tears React down and forgets what waited for the swap. */
  unmount(): void {
    clearTimeout(this.#swapTimer)
    this.#inner?.disconnect()
    this.#inner = undefined
    this.#mounted?.unmount()
    this.#mounted = undefined
    this.#swapped = false
    this.#queued = []
    this.mountEl.replaceChildren()
    clearPreviewState(this.host)
  }

  /** Runs `action` on the live preview: now if it is there, else once it has loaded (loading it if needed). */
  whenSwapped(action: () => void, loadAs?: ElementLoading): void {
    if (this.#swapped) {
      action()
      return
    }
    this.#queued.push(action)
    if (loadAs) this.upgrade(loadAs)
  }

  /** Clicks an element of the preview; the event it emits as `echo` is not reported a second time. */
  clickInside(selector: string, echo?: string): void {
    const el = this.mountEl.querySelector<HTMLElement>(selector)
    if (!el) return
    this.#echo = echo
    el.click()
    this.#echo = undefined
  }

  /** Clicks the preview's action button with this label. */
  clickButton(label: string): void {
    const el = [...this.mountEl.querySelectorAll<HTMLButtonElement>('.vitrine-actions button')].find(
      (b) => b.textContent === label,
    )
    el?.click()
  }

  /** True (once) for the event of a choice made in the shell and replayed into the preview: not a second choice. */
  isEcho(name: string): boolean {
    if (!this.#echo || name !== this.#echo) return false
    this.#echo = undefined
    return true
  }
}
