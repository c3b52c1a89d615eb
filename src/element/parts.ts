// ::part() names, one table for the plain-DOM shell and the React tree: a
// store styles `vitrine-product::part(cart-button)` once and it holds before
// and after the 3D code has loaded.
const PARTS: [selector: string, part: string][] = [
  ['.vitrine-preview', 'preview'],
  ['.vitrine-preview > .vitrine-root, .vitrine-lipstick-hero', 'viewer'],
  ['.vitrine-poster', 'poster'],
  ['.vitrine-progress', 'progress-bar'],
  ['.vitrine-progress-label', 'progress-label'],
  ['.vitrine-swatches', 'swatches'],
  ['.vitrine-swatch', 'swatch'],
  ['.vitrine-actions', 'actions'],
  ['.vitrine-button', 'button'],
  ['[data-vitrine-ar-button]', 'ar-button'],
  ['[data-vitrine-action=try-on]', 'try-on-button'],
  ['[data-vitrine-action=ask]', 'ask-button'],
  ['.vitrine-cart', 'cart-button'],
  ['.vitrine-panel[role=alert]', 'error'],
  ['.vitrine-notice, .vitrine-attribute-notice', 'notice'],
  ['.vitrine-dialog', 'dialog'],
  ['.vitrine-chip', 'chip'],
]

/** Sets `part` on every known element under `root` (idempotent). */
export function applyParts(root: ParentNode): void {
  for (const [selector, part] of PARTS) {
    for (const el of root.querySelectorAll(selector)) {
      const parts = el.getAttribute('part')?.split(' ') ?? []
      if (!parts.includes(part)) el.setAttribute('part', [...parts, part].join(' ').trim())
    }
  }
}
