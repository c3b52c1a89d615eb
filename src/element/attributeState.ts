// The element's attributes as it uses them: parsed values with their defaults,
// and the problems of wrong values (reported once per value, shown as a notice
// until fixed).
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
import { reportError } from './errors'
import type { Product } from '../product'

/** The attributes whose changes the element reacts to. */
export const OBSERVED_ATTRIBUTES = [
  'product-src',
  'product-format',
  'currency',
  'variant',
  'loading',
  'actions',
  'theme',
]

/** Parsed `loading`, `theme`, `product-format` and `actions` of one host, and its attribute problems. */
export class AttributeState {
  loading: ElementLoading = 'lazy'
  theme: ElementTheme = 'light'
  format: ProductFormat = 'vitrine'
  actions: ActionSet = parseActions(null).value
  readonly #problems = new Map<string, string>()

  constructor(private readonly host: HTMLElement) {}

  /** Reads the attributes again; a wrong value falls back to the default and is reported. */
  read(): void {
    const loading = parseEnum(this.host.getAttribute('loading'), LOADING_VALUES, 'lazy')
    const theme = parseEnum(this.host.getAttribute('theme'), THEME_VALUES, 'light')
    const format = parseEnum(this.host.getAttribute('product-format'), FORMAT_VALUES, 'vitrine')
    const actions = parseActions(this.host.getAttribute('actions'))
    this.loading = loading.value
    this.theme = theme.value
    this.format = format.value
    this.actions = actions.value
    this.problem('loading', loading.problem)
    this.problem('theme', theme.problem)
    this.problem('product-format', format.problem)
    this.problem('actions', actions.problem)
  }

  /** Records (and reports once per value) a bad attribute; clears it when fixed. */
  problem(attribute: string, problem: string | undefined): void {
    const key = `${attribute}="${this.host.getAttribute(attribute)}"`
    if (!problem) {
      this.#problems.delete(attribute)
      return
    }
    if (this.#problems.get(attribute) === `${key}: ${problem}`) return
    this.#problems.set(attribute, `${key}: ${problem}`)
    reportError(this.host, { code: 'bad-attribute', attribute, message: problem })
  }

  /** The shopper-visible notice for the current problems, or none. */
  notices(): HTMLElement[] {
    const lines = [...this.#problems.values()]
    return lines.length ? [notice(lines)] : []
  }
}

/** The `variant` attribute against the product's variants: the one to show, and a problem when it is not there. */
export function resolveVariant(product: Product, value: string | null): { id?: string; problem?: string } {
  const found = product.variants.find((v) => v.id === value)
  if (value !== null && !found && product.variants.length) {
    const ids = product.variants.map((v) => v.id).join(', ')
    return {
      id: product.variants[0].id,
      problem: `no variant "${value}" in this product (${ids}); showing "${product.variants[0].id}"`,
    }
  }
  return { id: found?.id ?? product.variants[0]?.id }
}

// Its own class: the viewer's `.vitrine-notice` is an overlay toast over the model, this is a line under it.
function notice(lines: string[]): HTMLElement {
  const p = document.createElement('p')
  p.className = 'vitrine-attribute-notice'
  p.setAttribute('role', 'alert')
  p.setAttribute('part', 'notice')
  p.textContent = lines.join(' ')
  return p
}
