// The element's stylesheet: the same CSS the React components use (so the
// poster shell and the live preview look identical, and every --vitrine-*
// custom property themes both), plus the host, slot and notice rules.
import { VITRINE_CSS } from '../ui/vitrineCss'
import { PREVIEW_CSS } from '../preview/previewCss'

const HOST_CSS = `
:host{display:block;position:relative}
:host([hidden]){display:none}
.vitrine-mount[data-waiting]{position:absolute;inset:0 0 auto 0;visibility:hidden;pointer-events:none}
.vitrine-overlays{position:absolute;left:0;right:0;top:0;aspect-ratio:var(--vitrine-aspect,4/3);pointer-events:none;z-index:3}
.vitrine-own-poster,.vitrine-own-progress{position:absolute;inset:0;display:none}
.vitrine-own-poster ::slotted(*){width:100%;height:100%;object-fit:contain;border-radius:var(--vitrine-radius,14px)}
.vitrine-own-ar{position:absolute;right:12px;bottom:12px;pointer-events:auto}
:host([data-own-poster]) .vitrine-own-poster{display:block;transition:opacity .35s ease}
:host([data-own-poster]) .vitrine-poster,:host([data-own-poster]) .vitrine-placeholder{display:none}
:host([data-own-poster][data-vitrine-state=ready]) .vitrine-own-poster{opacity:0}
:host([data-own-progress-bar][data-vitrine-state=loading]) .vitrine-own-progress{display:block}
:host([data-own-progress-bar]) .vitrine-progress,:host([data-own-progress-bar]) .vitrine-progress-label{display:none}
:host([data-own-ar-button]) .vitrine-actions>:has(>[data-vitrine-ar-button]){display:contents}
:host([data-own-ar-button]) [data-vitrine-ar-button],:host([data-own-ar-button]) .vitrine-actions .vitrine-hint{display:none}
.vitrine-attribute-notice{margin:0;font:13px/1.4 var(--vitrine-font,system-ui,sans-serif);color:var(--vitrine-muted,#6b6862)}
.vitrine-attribute-notice code{font-size:12px}
.vitrine-error-box{aspect-ratio:auto;min-height:160px}
`

/** All the CSS a <vitrine-product> shadow root needs. */
export const ELEMENT_CSS = VITRINE_CSS + PREVIEW_CSS + HOST_CSS

let shared: CSSStyleSheet | null | undefined

/** One constructed stylesheet shared by every element on the page (a 12-card listing parses the CSS once). */
export function adoptStyles(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet()
      shared.replaceSync(ELEMENT_CSS)
    } catch {
      shared = null
    }
  }
  if (shared && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared]
    return
  }
  const style = document.createElement('style')
  style.textContent = ELEMENT_CSS
  root.prepend(style)
}
