// <vitrine-product>: a light shell (plain DOM, no React, no three) that draws
// the poster, swatches, buttons and progress bar at once, and brings in the
// React <ProductPreview> by dynamic import when the shopper comes near or taps.
// The class is made inside a function so importing this module on a server
// (no HTMLElement) is harmless. This file holds the lifecycle and the product
// load; the rest is one concept per module: attributeState (attributes and
// their problems), lazyMount (when the 3D code loads), livePreview (mount and
// swap), reflection (state on the host), slots, shellBinding and previewBinding
// (what the shell's buttons and the preview's callbacks do), eventBridge (DOM
// events), productContext (tracker and chat).
import type { Product } from '../product'
import { AttributeState, OBSERVED_ATTRIBUTES, resolveVariant } from './attributeState'
import { adoptEarlyProperties, type VitrineProductElement } from './elementApi'
import { ElementModel, type ElementContext } from './elementModel'
import { reportError } from './errors'
import { adoptStyles } from './elementCss'
import { PosterGate, prefetchOnIntent, whenNearViewport } from './lazyMount'
import { LivePreview } from './livePreview'
import { loadProduct } from './loadProduct'
import { describeProduct } from './productContext'
import { reflect } from './reflection'
import { drawShell } from './shellBinding'
import { createSlotOverlays } from './slots'
import { onServicesChange, posterShown } from './services'
import { previewProps } from './previewBinding'

/** Builds the custom element class. Call only where `HTMLElement` exists. */
export function createVitrineProductClass(): CustomElementConstructor {
  return class VitrineProduct extends HTMLElement implements VitrineProductElement {
    static observedAttributes = OBSERVED_ATTRIBUTES

    #shadow: ShadowRoot | null = null
    #shellEl!: HTMLElement
    #noticeEl!: HTMLElement
    #live!: LivePreview
    #ctx!: ElementContext
    readonly #m = new ElementModel()
    readonly #attrs = new AttributeState(this)
    readonly #poster = new PosterGate()
    #abort: AbortController | undefined
    #stopNear: (() => void) | undefined
    #unsubscribe: (() => void) | undefined

    get product(): unknown {
      return this.#m.input
    }
    set product(value: unknown) {
      this.#m.input = value
      if (this.#shadow) void this.#load()
    }
    get manifest(): Product | undefined {
      return this.#m.product
    }
    get strings() {
      return this.#m.strings
    }
    set strings(value) {
      this.#m.strings = value
      this.#refresh()
    }
    get viewerStrings() {
      return this.#m.viewerStrings
    }
    set viewerStrings(value) {
      this.#m.viewerStrings = value
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
      this.#attrs.read()
      // A product property set just after insertion wins over a missing product-src: decide a microtask later.
      if (first) queueMicrotask(() => void this.#load())
      else this.#arm()
      this.#refresh()
    }

    disconnectedCallback() {
      this.#stopNear?.()
      this.#stopNear = undefined
      this.#unsubscribe?.()
      // Moving the element fires disconnect then connect: only a real removal tears React down.
      queueMicrotask(() => {
        if (!this.isConnected) this.#live.unmount()
      })
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null) {
      if (!this.#shadow || old === value) return
      if (name === 'variant') {
        if (value !== this.#m.variant) this.#applyVariant(value)
        return
      }
      this.#attrs.read()
      if ((name === 'product-src' || name === 'product-format' || name === 'currency') && this.#m.input === undefined)
        void this.#load()
      else {
        this.#arm()
        this.#refresh()
      }
    }

    #build() {
      adoptEarlyProperties(this)
      const shadow = (this.#shadow = this.attachShadow({ mode: 'open' }))
      adoptStyles(shadow)
      this.#shellEl = document.createElement('div')
      this.#live = new LivePreview(this, this.#shellEl, {
        hasProduct: () => !!this.#m.product,
        loadId: () => this.#m.loadId,
        props: (viewerLoading) => previewProps(this.#ctx, viewerLoading),
        loadingStarted: () => {
          this.#m.phase = 'loading'
          this.#refresh()
        },
        loadFailed: () => {
          this.#m.phase = 'error'
          this.#m.message = 'The 3D view could not be loaded. Check your connection and reload the page.'
          this.#refresh()
        },
      })
      this.#ctx = {
        host: this,
        model: this.#m,
        attrs: this.#attrs,
        live: this.#live,
        refresh: () => this.#refresh(),
        chooseVariant: (id) => {
          this.#m.variant = id
          this.setAttribute('variant', id)
        },
        view3d: () => this.#view3d(),
        ar: () => this.#ar(),
        describe: () => this.#describe(),
      }
      this.#noticeEl = document.createElement('div')
      shadow.append(
        createSlotOverlays(this, () => this.#ar()),
        this.#shellEl,
        this.#live.mountEl,
        this.#noticeEl,
      )
      prefetchOnIntent(this, () => !!this.#m.product)
    }

    async #load() {
      const m = this.#m
      const id = ++m.loadId
      this.#abort?.abort()
      const abort = (this.#abort = new AbortController())
      m.product = undefined
      m.loadError = undefined
      this.#poster.reset()
      m.phase = 'idle'
      this.#live.unmount()
      this.#refresh()
      let result
      try {
        result = await loadProduct({
          object: m.input,
          src: this.getAttribute('product-src'),
          format: this.#attrs.format,
          currency: this.getAttribute('currency'),
          signal: abort.signal,
        })
      } catch {
        return // aborted by a newer load
      }
      if (id !== m.loadId) return
      if (!result.ok) {
        m.loadError = result.error
        m.phase = 'error'
        m.message = `This product cannot be shown: ${result.error.attribute ?? 'product'}: ${result.error.message}`
        reportError(this, result.error)
        this.#refresh()
        return
      }
      m.product = result.product
      m.shade = result.product.shades[0]?.id
      this.#applyVariant(this.getAttribute('variant'))
      this.#describe()
      this.#arm()
      this.#refresh()
    }

    #applyVariant(value: string | null) {
      const product = this.#m.product
      if (!product) {
        this.#m.variant = value ?? undefined
        return
      }
      const { id, problem } = resolveVariant(product, value)
      this.#attrs.problem('variant', problem)
      this.#m.variant = id
      this.#refresh()
    }

    #describe() {
      const { product, variant, shade } = this.#m
      if (product) describeProduct(product, { variantId: variant, shadeId: shade }, this.#live.swapped)
    }

    /** Sets up when the 3D code loads, per `loading`: poster first, then on `eager` at once, on `lazy` when near. */
    #arm() {
      this.#stopNear?.()
      this.#stopNear = undefined
      if (!this.#m.product || this.#live.mounted || !this.isConnected) return
      const upgrade = () => this.#poster.whenUp(() => this.#live.upgrade('lazy'))
      if (this.#attrs.loading === 'eager') upgrade()
      else if (this.#attrs.loading === 'lazy') this.#stopNear = whenNearViewport(this, upgrade)
    }

    #posterShown = () => {
      posterShown()
      this.#poster.shown()
    }

    /** Redraws the shell (until the swap) and the notices, and re-renders the live preview. */
    #refresh() {
      if (!this.#shadow) return
      this.#noticeEl.replaceChildren(...this.#attrs.notices())
      this.#live.render()
      if (this.#live.swapped) return
      reflect(this, 'data-vitrine-state', this.#m.phase)
      const shell = drawShell(this.#ctx)
      this.#shellEl.replaceChildren(shell)
      // The page's analytics code may load once a poster is up (never before it).
      const img = shell.querySelector<HTMLImageElement>('img.vitrine-poster')
      if (!this.#m.product && !this.#m.loadError) return
      if (!img || img.complete) this.#posterShown()
      else for (const type of ['load', 'error']) img.addEventListener(type, this.#posterShown, { once: true })
    }

    #view3d() {
      if (this.#m.product) this.#live.upgrade('eager')
    }

    #ar() {
      this.#live.whenSwapped(
        () => this.#live.clickInside('[data-vitrine-ar-button]'),
        this.#attrs.loading === 'interaction' ? 'interaction' : 'lazy',
      )
    }
  }
}
