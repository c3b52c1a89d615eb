// One stylesheet for every Vitrine component, hoisted and de-duplicated by
// React 19 (<style href precedence>). Stores theme it through these custom
// properties on any ancestor: --vitrine-accent, --vitrine-bg, --vitrine-fg,
// --vitrine-muted, --vitrine-radius, --vitrine-font.
import { VITRINE_CSS } from './vitrineCss'

export { VITRINE_CSS }

export function VitrineStyles() {
  return (
    <style href="vitrine-ui" precedence="default">
      {VITRINE_CSS}
    </style>
  )
}
