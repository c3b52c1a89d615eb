// <vitrine-product>: a light shell (plain DOM, no React, no three) that draws
// the poster, swatches, buttons and progress bar at once, and brings in the
// React <ProductPreview> by dynamic import when the shopper comes near or taps.
// The class is made inside a function so importing this module on a server
// (no HTMLElement) is harmless.
import type { Product } from '../product'
import type { TrackInput } from '../events/types'
import type { ViewerStrings } from '../ui/strings'
import { defaultPreviewStrings, type PreviewStrings } from '../preview/previewStrings'
import {
  FORMAT_VALUES,
  LOADING_VALUES,
  THEME_VALUES,
  parseActions,
  parseEnum,
  type ActionSet,
  type ElementLoading,
  type ElementTheme,
  type ProductFormat,
} from './attributes'
import { reportError, type VitrineElementErrorDetail } from './errors'
import { adoptStyles } from './elementCss'
import { loadProduct } from './loadProduct'
import { renderShell, type ShellView } from './shell'
import { applyParts } from './parts'
import { arStillDetecting, readInnerState } from './innerState'
import { hasChat, onServicesChange, posterShown, track, vitrineServices, withChat } from './services'
import type { MountedPreview, PreviewMountProps } from './mountPreview'

/** The element's JavaScript API, beyond its attributes. */
export interface VitrineProductElement extends HTMLElement {
  /** The manifest as an object (raw JSON or a parsed Product); wins over `product-src`. */
  product: unknown
  /** The validated product once loaded, else undefined. */
  readonly manifest: Product | undefined
  /** Replace shopper-facing text of the preview (i18n). */
  strings: Partial<PreviewStrings> | undefined
  /** Replace shopper-facing text of the 3D viewer (i18n). */
  viewerStrings: Partial<ViewerStrings> | undefined
  /** Load the 3D view now, as a tap on "View in 3D" would. */
  activate(): void
}

/** `event.detail` of `vitrine-add-to-cart`: what the store's cart call needs (variantId is the store's variant id). */
export interface VitrineAddToCartDetail {
  productId: string
  variantId?: string
  shadeId?: string
  quantity: number
}

const OBSERVED = ['product-src', 'product-format', 'currency', 'variant', 'loading', 'actions', 'theme']
/** How long the shell waits for "View in your room" to know its mode before swapping anyway. */
const SWAP_DEADLINE_MS = 2500

let previewModule: Promise<typeof import('./mountPreview')> | undefined
const loadPreviewModule = () =>
  (previewModule ??= import('./mountPreview').catch((err) => {
    previewModule = undefined
    throw err
  }))

/** Builds the custom element class. Call only where `HTMLElement` exists. */
export function createVitrineProductClass(): CustomElementConstructor {
  return class VitrineProduct extends HTMLElement implements VitrineProductElement {
    static observedAttributes = OBSERVED

    #shadow: ShadowRoot | null = null
    #shellEl!: HTMLElement
    #mountEl!: HTMLElement
    #noticeEl!: HTMLElement
    #input: unknown = undefined
    #product: Product | undefined
    #loadError: VitrineElementErrorDetail | undefined
    #loadId = 0
    #abort: AbortController | undefined
    #variant: string | undefined
    #shade: string | undefined
    #shellPhase: ShellView['phase'] = 'idle'
    #shellMessage: string | undefined
    #loading: ElementLoading = 'lazy'
    #actions: ActionSet = parseActions(null).value
    #theme: ElementTheme = 'light'
    #format: ProductFormat = 'vitrine'
    #problems = new Map<string, string>()
    #mounted: MountedPreview | undefined
    #viewerLoading: ElementLoading = 'lazy'
    #swapped = false
    #swapTimer: ReturnType<typeof setTimeout> | undefined
    #queued: (() => void)[] = []
    #echo: string | undefined
    #near: IntersectionObserver | undefined
    #inner: MutationObserver | undefined
    #unsubscribe: (() => void) | undefined
    #strings: Partial<PreviewStrings> | undefined
    #viewerStrings: Partial<ViewerStrings> | undefined
    #posterUp = false
    #afterPoster: (() => void)[] = []

    get product(): unknown {
      return this.#input
    }
    set product(value: unknown) {
      this.#input = value
      if (this.#shadow) void this.#load()
    }
    get manifest(): Product | undefined {
      return this.#product
    }
    get strings() {
      return this.#strings
    }
    set strings(value) {
      this.#strings = value
      this.#refresh()
    }
    get viewerStrings() {
      return this.#viewerStrings
    }
    set viewerStrings(value) {
      this.#viewerStrings = value
      this.#refresh()
    }
    activate(): void {
      this.#view3d()
    }

    connectedCallback() {
      const first = !this.#shadow
      if (first) this.#build()
      this.#unsubscribe = onServicesChange(() => {
        this.#describe()
        this.#refresh()
      })
      this.#readAttributes()
      // A product property set just after insertion wins over a missing product-src: decide a microtask later.
      if (first) queueMicrotask(() => void this.#load())
      else this.#arm()
      this.#refresh()
    }

    disconnectedCallback() {
      this.#near?.disconnect()
      this.#near = undefined
      this.#unsubscribe?.()
      // Moving the element fires disconnect then connect: only a real removal tears React down.
      queueMicrotask(() => {
        if (!this.isConnected) this.#unmount()
      })
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (!this.#shadow || old === value) return
      if (name === 'variant') {
        if (value !== this.#variant) this.#applyVariant(value)
        return
      }
      this.#readAttributes()
      if ((name === 'product-src' || name === 'product-format' || name === 'currency') && this.#input === undefined)
        void this.#load()
      else {
        this.#arm()
        this.#refresh()
      }
    }

    #build() {
      // A property set before the element was defined (an inline script above the module) is an own
      // property that hides our accessor: take it over.
      for (const key of ['product', 'strings', 'viewerStrings'] as const) {
        if (!Object.prototype.hasOwnProperty.call(this, key)) continue
        const value = (this as Record<string, unknown>)[key]
        delete (this as Record<string, unknown>)[key]
        ;(this as Record<string, unknown>)[key] = value
      }
      const shadow = (this.#shadow = this.attachShadow({ mode: 'open' }))
      adoptStyles(shadow)
      const overlays = document.createElement('div')
      overlays.className = 'vitrine-overlays'
      overlays.innerHTML =
        '<div class="vitrine-own-poster"><slot name="poster"></slot></div>' +
        '<div class="vitrine-own-progress"><slot name="progress-bar"></slot></div>' +
        '<div class="vitrine-own-ar"><slot name="ar-button"></slot></div>'
      for (const slot of overlays.querySelectorAll('slot')) {
        const flag = `data-own-${slot.name}`
        slot.addEventListener('slotchange', () => this.toggleAttribute(flag, slot.assignedElements().length > 0))
      }
      overlays.querySelector('slot[name=ar-button]')!.addEventListener('click', () => this.#ar())
      this.#shellEl = document.createElement('div')
      this.#mountEl = document.createElement('div')
      this.#mountEl.className = 'vitrine-mount'
      this.#noticeEl = document.createElement('div')
      shadow.append(overlays, this.#shellEl, this.#mountEl, this.#noticeEl)
      // Start fetching the 3D code on a hint of intent, so a tap has less to wait for.
      for (const type of ['pointerenter', 'touchstart', 'focusin']) {
        this.addEventListener(
          type,
          () => {
            if (this.#product) void loadPreviewModule().catch(() => {})
          },
          { passive: true, once: true },
        )
      }
    }

    #readAttributes() {
      const loading = parseEnum(this.getAttribute('loading'), LOADING_VALUES, 'lazy')
      const theme = parseEnum(this.getAttribute('theme'), THEME_VALUES, 'light')
      const format = parseEnum(this.getAttribute('product-format'), FORMAT_VALUES, 'vitrine')
      const actions = parseActions(this.getAttribute('actions'))
      this.#loading = loading.value
      this.#theme = theme.value
      this.#format = format.value
      this.#actions = actions.value
      this.#problem('loading', loading.problem)
      this.#problem('theme', theme.problem)
      this.#problem('product-format', format.problem)
      this.#problem('actions', actions.problem)
    }

    /** Records (and reports once per value) a bad attribute; clears it when fixed. */
    #problem(attribute: string, problem: string | undefined) {
      const key = `${attribute}="${this.getAttribute(attribute)}"`
      if (!problem) {
        this.#problems.delete(attribute)
        return
      }
      if (this.#problems.get(attribute) === `${key}: ${problem}`) return
      this.#problems.set(attribute, `${key}: ${problem}`)
      reportError(this, { code: 'bad-attribute', attribute, message: problem })
    }

    async #load() {
      const id = ++this.#loadId
      this.#abort?.abort()
      const abort = (this.#abort = new AbortController())
      this.#product = undefined
      this.#loadError = undefined
      this.#posterUp = false
      this.#afterPoster = []
      this.#shellPhase = 'idle'
      this.#unmount()
      this.#refresh()
      let result
      try {
        result = await loadProduct({
          object: this.#input,
          src: this.getAttribute('product-src'),
          format: this.#format,
          currency: this.getAttribute('currency'),
          signal: abort.signal,
        })
      } catch {
        return // aborted by a newer load
      }
      if (id !== this.#loadId) return
      if (!result.ok) {
        this.#loadError = result.error
        this.#shellPhase = 'error'
        this.#shellMessage = `This product cannot be shown: ${result.error.attribute ?? 'product'}: ${result.error.message}`
        reportError(this, result.error)
        this.#refresh()
        return
      }
      this.#product = result.product
      this.#shade = result.product.shades[0]?.id
      this.#applyVariant(this.getAttribute('variant'))
      this.#describe()
      this.#arm()
      this.#refresh()
    }

    #applyVariant(value: string | null) {
      const product = this.#product
      if (!product) {
        this.#variant = value ?? undefined
        return
      }
      const found = product.variants.find((v) => v.id === value)
      if (value !== null && !found && product.variants.length) {
        this.#problem(
          'variant',
          `no variant "${value}" in this product (${product.variants.map((v) => v.id).join(', ')}); showing "${product.variants[0].id}"`,
        )
      } else this.#problem('variant', undefined)
      this.#variant = found?.id ?? product.variants[0]?.id
      this.#refresh()
    }

    #describe() {
      const p = this.#product
      if (!p) return
      const { tracker, chat } = vitrineServices()
      try {
        tracker?.describeProduct?.({ id: p.id, name: p.name, price: p.price, variants: p.variants, shades: p.shades })
      } catch {
        /* analytics never breaks the element */
      }
      const variant = p.variants.find((v) => v.id === this.#variant)
      const shade = p.shades.find((s) => s.id === this.#shade)
      if (!this.#swapped)
        chat?.setContext({
          productId: p.id,
          productName: p.name,
          variantId: variant?.id,
          variantName: variant?.name,
          shadeId: shade?.id,
          shadeName: shade?.name,
          surface: 'viewer',
        })
    }

    /** Sets up when the 3D code loads, per `loading`. */
    #arm() {
      this.#near?.disconnect()
      this.#near = undefined
      if (!this.#product || this.#mounted || !this.isConnected) return
      // Poster first, on its own: the 3D code is asked for once the poster is up.
      const upgrade = () => this.#whenPosterUp(() => this.#upgrade('lazy'))
      if (this.#loading === 'eager') {
        upgrade()
        return
      }
      if (this.#loading !== 'lazy') return
      if (typeof IntersectionObserver === 'undefined') {
        upgrade()
        return
      }
      this.#near = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#near?.disconnect()
            upgrade()
          }
        },
        { rootMargin: '200px' },
      )
      this.#near.observe(this)
    }

    #whenPosterUp(run: () => void) {
      if (this.#posterUp) run()
      else this.#afterPoster.push(run)
    }

    #posterShown = () => {
      posterShown()
      this.#posterUp = true
      for (const run of this.#afterPoster.splice(0)) run()
    }

    /** Loads React + <ProductPreview> and renders it hidden; the shell stays until the swap. */
    #upgrade(viewerLoading: ElementLoading) {
      if (!this.#product) return
      if (this.#mounted) {
        if (viewerLoading !== this.#viewerLoading && this.#viewerLoading === 'interaction') {
          this.#viewerLoading = viewerLoading
          this.#render()
        }
        return
      }
      this.#viewerLoading = viewerLoading
      if (viewerLoading !== 'interaction') {
        this.#shellPhase = 'loading'
        this.#refresh()
      }
      const id = this.#loadId
      loadPreviewModule().then(
        (mod) => {
          if (id !== this.#loadId || this.#mounted || !this.isConnected || !this.#product) return
          this.#mountEl.setAttribute('data-waiting', '')
          this.#inner = new MutationObserver(() => this.#onInner())
          this.#inner.observe(this.#mountEl, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-vitrine-state', 'data-ar-status', 'data-tryon-status', 'aria-valuenow', 'class'],
          })
          this.#mounted = mod.mountPreview(this.#mountEl, this.#props())
          this.#swapTimer = setTimeout(() => this.#swap(), SWAP_DEADLINE_MS)
        },
        (err: unknown) => {
          if (id !== this.#loadId) return
          this.#shellPhase = 'error'
          this.#shellMessage = 'The 3D view could not be loaded. Check your connection and reload the page.'
          reportError(this, {
            code: 'load-failed',
            message: `the 3D code did not load (${String((err as Error)?.message ?? err)})`,
          })
          this.#refresh()
        },
      )
    }

    #props(): PreviewMountProps {
      const { chat } = vitrineServices()
      return {
        product: this.#product!,
        variant: this.#variant,
        actions: this.#actions,
        theme: this.#theme,
        viewerLoading: this.#viewerLoading,
        chat,
        strings: this.#strings,
        viewerStrings: this.#viewerStrings,
        onEvent: (event) => this.#emit(event),
        onVariantChange: (id) => {
          this.#variant = id
          this.setAttribute('variant', id)
          this.#render()
        },
        onAddToCart: this.#actions.cart
          ? (request) => this.#cartRequested(request.variantId, request.shadeId)
          : undefined,
        onCommit: () => this.#onInner(),
      }
    }

    #render() {
      this.#mounted?.render(this.#props())
    }

    #onInner() {
      applyParts(this.#mountEl)
      if (!this.#swapped && this.#mountEl.querySelector('.vitrine-preview') && !arStillDetecting(this.#mountEl))
        this.#swap()
      if (!this.#swapped) return
      const inner = readInnerState(this.#mountEl)
      if (!inner) return
      this.#reflect('data-vitrine-state', inner.state)
      this.#reflect('data-vitrine-error', inner.error)
      this.#reflect('data-ar-status', inner.arStatus)
      this.#reflect('data-ar-mode', inner.arMode)
      this.#reflect('data-tryon-status', inner.tryonStatus)
      const progress = inner.progress === undefined ? undefined : String(inner.progress)
      if (progress !== this.getAttribute('data-vitrine-progress')) {
        this.#reflect('data-vitrine-progress', progress)
        this.style.setProperty('--vitrine-progress', progress ?? '0')
        this.dispatchEvent(
          new CustomEvent('vitrine-progress', {
            detail: { progress: inner.progress ?? null },
            bubbles: true,
            composed: true,
          }),
        )
      }
    }

    /** The live preview replaces the shell in one go, before the next paint. */
    #swap() {
      clearTimeout(this.#swapTimer)
      if (this.#swapped || !this.#mounted) return
      this.#swapped = true
      this.#shellEl.replaceChildren()
      this.#mountEl.removeAttribute('data-waiting')
      applyParts(this.#mountEl)
      const queued = this.#queued
      this.#queued = []
      for (const run of queued) run()
      this.#onInner()
    }

    #unmount() {
      clearTimeout(this.#swapTimer)
      this.#inner?.disconnect()
      this.#inner = undefined
      this.#mounted?.unmount()
      this.#mounted = undefined
      this.#swapped = false
      this.#queued = []
      this.#mountEl?.replaceChildren()
      for (const a of [
        'data-ar-status',
        'data-ar-mode',
        'data-tryon-status',
        'data-vitrine-error',
        'data-vitrine-progress',
      ])
        this.removeAttribute(a)
    }

    #reflect(name: string, value: string | undefined) {
      if (value === undefined) this.removeAttribute(name)
      else if (this.getAttribute(name) !== value) this.setAttribute(name, value)
    }

    /** Redraws the shell (until the swap) and the notices, and re-renders the live preview. */
    #refresh() {
      if (!this.#shadow) return
      const notices = [...this.#problems.values()]
      this.#noticeEl.replaceChildren(...(notices.length ? [notice(notices)] : []))
      this.#render()
      if (this.#swapped) return
      this.#reflect('data-vitrine-state', this.#shellPhase)
      const shell = renderShell(
        {
          product: this.#product,
          phase: this.#shellPhase,
          message: this.#shellMessage,
          notices: [],
          variantId: this.#variant,
          shadeId: this.#shade,
          actions: this.#actions,
          hasChat: hasChat(),
          theme: this.#theme,
          tapToView: this.#loading === 'interaction',
          viewerStrings: this.#viewerStrings,
          previewStrings: this.#strings,
        },
        {
          variant: (id) => {
            this.#variant = id
            this.setAttribute('variant', id)
            this.#emit(this.#event('variant_selected', { variantId: id }))
            this.#refresh()
            this.#render()
          },
          shade: (id) => {
            this.#shade = id
            this.#emit(this.#event('shade_selected', { shadeId: id }))
            this.#refresh()
            this.#whenSwapped(() =>
              this.#clickInside(`.vitrine-swatch input[value="${CSS.escape(id)}"]`, 'shade_selected'),
            )
          },
          view3d: () => this.#view3d(),
          ar: () => this.#ar(),
          tryOn: () =>
            this.#whenSwapped(
              () => this.#clickButton(this.#strings?.tryItOn ?? defaultPreviewStrings.tryItOn),
              'interaction',
            ),
          ask: () =>
            withChat((chat) => {
              this.#describe()
              void chat.ask()
            }),
          cart: () => {
            const p = this.#product!
            const ids = { variantId: this.#variant, shadeId: p.kind === 'lipstick' ? this.#shade : undefined }
            this.#emit(
              this.#event('add_to_cart', ids, { quantity: 1, price: p.price.amount, currency: p.price.currency }),
            )
            this.#cartRequested(ids.variantId, ids.shadeId)
          },
        },
      )
      this.#shellEl.replaceChildren(shell)
      // The page's analytics code may load once a poster is up (never before it).
      const img = shell.querySelector<HTMLImageElement>('img.vitrine-poster')
      if (!this.#product && !this.#loadError) return
      if (!img || img.complete) this.#posterShown()
      else for (const type of ['load', 'error']) img.addEventListener(type, this.#posterShown, { once: true })
    }

    #event(name: string, ids: { variantId?: string; shadeId?: string }, props?: TrackInput['props']): TrackInput {
      return { name, productId: this.#product?.id ?? 'unknown', surface: 'viewer', ...ids, props }
    }

    #view3d() {
      if (!this.#product) return
      this.#upgrade('eager')
    }

    #ar() {
      this.#whenSwapped(
        () => this.#clickInside('[data-vitrine-ar-button]'),
        this.#loading === 'interaction' ? 'interaction' : 'lazy',
      )
    }

    /** Runs `action` on the live preview: now if it is there, else once it has loaded (loading it if needed). */
    #whenSwapped(action: () => void, loadAs?: ElementLoading) {
      if (this.#swapped) {
        action()
        return
      }
      this.#queued.push(action)
      if (loadAs) this.#upgrade(loadAs)
    }

    #clickInside(selector: string, echo?: string) {
      const el = this.#mountEl.querySelector<HTMLElement>(selector)
      if (!el) return
      this.#echo = echo
      el.click()
      this.#echo = undefined
    }

    #clickButton(label: string) {
      const el = [...this.#mountEl.querySelectorAll<HTMLButtonElement>('.vitrine-actions button')].find(
        (b) => b.textContent === label,
      )
      el?.click()
    }

    /** One way out for every event: the page's tracker, `vitrine-event` and `vitrine:<name>` on the host. */
    #emit(event: TrackInput) {
      // A choice made in the shell and replayed into the live preview is not a second choice.
      if (this.#echo && event.name === this.#echo) {
        this.#echo = undefined
        return
      }
      track(event)
      const init = { detail: event, bubbles: true, composed: true }
      this.dispatchEvent(new CustomEvent('vitrine-event', init))
      this.dispatchEvent(new CustomEvent(`vitrine:${event.name}`, init))
      if (event.name === 'model_failed') {
        const reason = String(event.props?.reason ?? 'unknown')
        reportError(this, {
          code: 'model-failed',
          attribute: reason === 'bad-product' ? 'product' : 'product-src',
          field: reason,
          message: `the model could not be shown (${reason})`,
        })
      }
    }

    #cartRequested(variantId: string | undefined, shadeId: string | undefined) {
      const detail: VitrineAddToCartDetail = { productId: this.#product!.id, variantId, shadeId, quantity: 1 }
      this.dispatchEvent(new CustomEvent('vitrine-add-to-cart', { detail, bubbles: true, composed: true }))
    }
  }
}

function notice(lines: string[]): HTMLElement {
  const p = document.createElement('p')
  p.className = 'vitrine-notice'
  p.setAttribute('role', 'alert')
  p.setAttribute('part', 'notice')
  p.textContent = lines.join(' ')
  return p
}
