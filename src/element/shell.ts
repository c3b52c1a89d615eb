// The poster shell: what a shopper sees before React, R3F and three have
// loaded, in plain DOM with the React components' own class names and CSS, so
// the swap to the live preview does not move anything.
import type { Product } from '../product'
import { defaultViewerStrings, type ViewerStrings } from '../ui/strings'
import { defaultPreviewStrings, formatPrice, type PreviewStrings } from '../preview/previewStrings'
import { arStrings } from '../ar/strings'
import type { ActionSet, ElementTheme } from './attributes'
import { applyParts } from './parts'

export interface ShellView {
  product?: Product
  /** What the viewer box shows: the poster, a progress bar, or a message. */
  phase: 'idle' | 'loading' | 'error'
  /** Shopper-facing message for `error`. */
  message?: string
  /** Developer notices (bad attribute values): small text under the preview. */
  notices: string[]
  variantId?: string
  shadeId?: string
  actions: ActionSet
  hasChat: boolean
  theme: ElementTheme
  /** `loading="interaction"`: a "View in 3D" button over the poster. */
  tapToView: boolean
  viewerStrings?: Partial<ViewerStrings>
  previewStrings?: Partial<PreviewStrings>
}

export interface ShellHandlers {
  variant(id: string): void
  shade(id: string): void
  view3d(): void
  ar(): void
  tryOn(): void
  ask(): void
  cart(): void
}

type Attrs = Record<string, string | boolean | undefined>

function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | null | false | undefined)[]): HTMLElement {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    el.setAttribute(k, v === true ? '' : v)
  }
  for (const c of children) if (c) el.append(c)
  return el
}

function button(label: string, onClick: () => void, attrs: Attrs = {}): HTMLElement {
  const el = h('button', { type: 'button', ...attrs }, label)
  el.addEventListener('click', onClick)
  return el
}

/** Builds the whole shell for one state; cheap enough to rebuild on every change. */
export function renderShell(view: ShellView, on: ShellHandlers): HTMLElement {
  const vs = { ...defaultViewerStrings, ...view.viewerStrings }
  const ps = { ...defaultPreviewStrings, ...view.previewStrings }
  const product = view.product
  if (!product) {
    // No product (yet, or a bad one): the viewer box with a placeholder or the message, no actions.
    return withParts(
      h(
        'section',
        { class: 'vitrine-preview', 'data-theme': view.theme },
        viewerBox(view, vs, undefined, on),
        notices(view.notices),
      ),
    )
  }
  const lipstick = product.kind === 'lipstick'
  const shade = product.shades.find((s) => s.id === view.shadeId) ?? product.shades[0]
  const section = h(
    'section',
    { class: 'vitrine-preview', 'data-theme': view.theme, 'aria-label': product.name },
    lipstick
      ? h(
          'div',
          { class: 'vitrine-lipstick-hero', role: 'img', 'aria-label': `${product.name}, shade ${shade?.name ?? ''}` },
          colour(h('i'), shade?.color),
        )
      : viewerBox(view, vs, product, on),
    lipstick
      ? swatches(
          ps.shadeLabel,
          product.shades.map((s) => ({ id: s.id, name: s.name, color: s.color })),
          shade?.id,
          on.shade,
        )
      : swatches(
          ps.variantLabel,
          product.variants.map((v) => ({ id: v.id, name: v.name, swatch: v.swatch })),
          view.variantId ?? product.variants[0]?.id,
          on.variant,
        ),
    h(
      'div',
      { class: 'vitrine-actions' },
      !lipstick &&
        view.actions.ar &&
        product.model &&
        h(
          'div',
          {},
          button(arStrings.button('webxr', product.placement), on.ar, {
            class: 'vitrine-button',
            'data-vitrine-ar-button': 'pending',
          }),
        ),
      lipstick &&
        view.actions.tryOn &&
        button(ps.tryItOn, on.tryOn, { class: 'vitrine-button', 'data-vitrine-action': 'try-on' }),
      view.hasChat &&
        view.actions.chat &&
        button(ps.askAboutThis, on.ask, {
          class: 'vitrine-button',
          'data-variant': 'ghost',
          'data-vitrine-action': 'ask',
        }),
      h('slot'),
    ),
    view.actions.cart &&
      button(ps.addToCart(formatPrice(product.price.amount, product.price.currency)), on.cart, {
        class: 'vitrine-cart',
      }),
    notices(view.notices),
  )
  return withParts(section)
}

function withParts(el: HTMLElement): HTMLElement {
  applyParts(el)
  if (el.matches('.vitrine-preview')) el.setAttribute('part', 'preview')
  return el
}

function colour(el: HTMLElement, value: string | undefined): HTMLElement {
  if (value) el.style.background = value
  return el
}

function viewerBox(view: ShellView, vs: ViewerStrings, product: Product | undefined, on: ShellHandlers): HTMLElement {
  const box = h('div', {
    class: `vitrine-root${product ? '' : ' vitrine-error-box'}`,
    'data-vitrine-state': view.phase,
  })
  const poster = product?.model?.poster
  box.append(poster ? h('img', { class: 'vitrine-poster', src: poster, alt: '', decoding: 'async' }) : placeholder())
  if (view.phase === 'loading') {
    box.append(
      h('div', { class: 'vitrine-progress-label', 'aria-hidden': 'true' }, vs.loadingViewer),
      h(
        'div',
        {
          class: 'vitrine-progress',
          role: 'progressbar',
          'aria-label': vs.loadingViewer,
          'aria-valuemin': '0',
          'aria-valuemax': '100',
          'data-indeterminate': true,
        },
        h('i'),
      ),
    )
  }
  if (view.phase === 'idle' && view.tapToView && product?.model) {
    const panel = h(
      'div',
      { class: 'vitrine-panel' },
      button(vs.tapToView, on.view3d, { class: 'vitrine-button', 'data-vitrine-action': 'view-3d' }),
    )
    panel.style.background = 'transparent'
    box.append(panel)
  }
  if (view.phase === 'error' && view.message) {
    box.append(h('div', { class: 'vitrine-panel', role: 'alert' }, h('p', { style: 'margin:0' }, view.message)))
  }
  return box
}

function placeholder(): HTMLElement {
  const el = h('div', { class: 'vitrine-placeholder', 'aria-hidden': 'true' })
  // The same outline as the React Placeholder (a box in isometric view).
  el.innerHTML =
    '<svg viewBox="0 0 64 64" fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round">' +
    '<path d="M32 6 56 19v26L32 58 8 45V19Z"/><path d="M8 19l24 13 24-13M32 32v26"/></svg>'
  return el
}

interface SwatchOption {
  id: string
  name: string
  color?: string
  swatch?: string
}

function swatches(
  label: string,
  options: SwatchOption[],
  value: string | undefined,
  onChange: (id: string) => void,
): HTMLElement | null {
  if (options.length === 0) return null
  const selected = options.find((o) => o.id === value)
  const row = h('div', { class: 'vitrine-swatch-row' })
  for (const option of options) {
    const input = h('input', { type: 'radio', name: label, value: option.id }) as HTMLInputElement
    input.checked = option.id === value
    input.addEventListener('change', () => onChange(option.id))
    const chip = h('span', { 'aria-hidden': 'true' })
    const swatch = option.color ?? option.swatch
    if (swatch && /[/.]/.test(swatch)) chip.style.backgroundImage = `url("${swatch}")`
    else chip.style.background = swatch ?? '#ccc'
    row.append(
      h(
        'label',
        { class: 'vitrine-swatch', title: option.name },
        input,
        chip,
        h('span', { class: 'vitrine-sr' }, option.name),
      ),
    )
  }
  return h(
    'fieldset',
    { class: 'vitrine-swatches' },
    h('legend', {}, `${label}: `, h('strong', {}, selected?.name ?? '—')),
    row,
  )
}

function notices(list: string[]): HTMLElement | null {
  if (!list.length) return null
  return h('p', { class: 'vitrine-attribute-notice', role: 'alert' }, list.join(' '))
}
