// Styles of the share prompt, the sharing bar, the suggestion card and the
// agent's mirror. Colours come from the --vitrine-* custom properties.
export const COVIEW_CSS = `
.vitrine-coview{flex-basis:100%!important;display:grid;gap:10px;font-family:var(--vitrine-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--vitrine-fg,#1d1d1b)}
.vitrine-coview-card{display:grid;gap:10px;padding:14px 16px;border-radius:var(--vitrine-radius,14px);background:var(--vitrine-surface,#fff);box-shadow:0 1px 2px rgba(0,0,0,.08),inset 0 0 0 1.5px var(--vitrine-accent,#1f5f4a)}
.vitrine-coview-card h2{margin:0;font-size:17px;line-height:1.3}
.vitrine-coview-card p{margin:0;font-size:15px;line-height:1.45}
.vitrine-coview-row{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.vitrine-coview-row .vitrine-button{flex:1 1 140px}
.vitrine-coview-bar{display:flex;align-items:center;justify-content:space-between;gap:12px;flex-wrap:wrap;padding:10px 14px;border-radius:var(--vitrine-radius,14px);background:#7a1f1f;color:#fff;font-weight:600}
.vitrine-coview-bar[data-agents="0"]{background:#3d3d3a}
.vitrine-coview-bar .vitrine-coview-dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:#ff6b6b;margin-right:8px;box-shadow:0 0 0 3px rgba(255,107,107,.35)}
.vitrine-coview-bar button{font:inherit;font-size:15px;font-weight:600;line-height:1.2;min-height:44px;padding:8px 16px;border-radius:10px;border:0;background:#fff;color:#1d1d1b;cursor:pointer}
.vitrine-coview-bar button:focus-visible{outline:3px solid #ffd27a;outline-offset:2px}
.vitrine-coview[data-place=ar]{width:min(100%,420px);gap:8px;text-align:left}
.vitrine-coview[data-place=ar]>[data-action=coview]{min-height:44px;border-radius:22px;border:0;background:rgba(255,255,255,.92);color:#111;justify-self:center;padding:0 18px;box-shadow:none}
.vitrine-coview[data-place=ar]>p[role=status],.vitrine-coview[data-place=ar]>.vitrine-coview-error{margin:0;justify-self:center;padding:6px 12px;border-radius:14px;background:rgba(0,0,0,.7);color:#fff}
.vitrine-coview[data-place=ar] .vitrine-coview-bar{flex-wrap:nowrap;gap:8px;padding:6px 8px 6px 12px;font-size:15px}
.vitrine-coview[data-place=ar] .vitrine-coview-bar button{flex:none;padding:8px 12px}
.vitrine-coview[data-place=ar] .vitrine-coview-card{padding:12px 14px;box-shadow:0 2px 12px rgba(0,0,0,.35)}
.vitrine-coview[data-place=ar] .vitrine-coview-card h2{font-size:16px}
.vitrine-coview[data-place=ar] .vitrine-coview-card p{font-size:14px}
.vitrine-coview-error{margin:0;color:#9b1c1c;font-size:14px}
.vitrine-coview-mirror{display:grid;gap:12px;font-family:var(--vitrine-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--vitrine-fg,#1d1d1b)}
.vitrine-coview-stage{position:relative}
.vitrine-coview-badge{position:absolute;z-index:5;left:12px;top:12px;max-width:calc(100% - 24px);padding:8px 12px;border-radius:10px;background:rgba(17,24,39,.86);color:#fff;font-size:14px;font-weight:600;pointer-events:none}
.vitrine-coview-caption{margin:0;font-size:14px;color:#374151}
.vitrine-coview-swatch{display:grid;place-items:center;gap:10px;aspect-ratio:4/3;border-radius:var(--vitrine-radius,14px);background:#ece7e2;padding:16px}
.vitrine-coview-swatch svg{width:min(60%,280px);height:auto}
.vitrine-coview-swatch p{margin:0;font-weight:600;color:#1d1d1b}
.vitrine-coview-tools{display:grid;gap:8px}
.vitrine-coview-tools h3{margin:0;font-size:14px;color:#4b5563;font-weight:600}
.vitrine-coview-tools .vitrine-coview-row button{font:inherit;font-size:14px;font-weight:500;line-height:1.2;min-height:36px;padding:6px 12px;border-radius:999px;border:1.5px solid #1f5f4a;background:#fff;color:#1f5f4a;cursor:pointer}
.vitrine-coview-tools .vitrine-coview-row button[aria-pressed=true]{background:#1f5f4a;color:#fff}
`

/** Highlights one hotspot button of a viewer (the agent points at it, or the shopper has it open). */
export function hotspotHighlightCss(scope: string, hotspotId: string, color: string): string {
  const id = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(hotspotId) : hotspotId.replace(/[^\w-]/g, '')
  return `${scope} .vitrine-hotspot[data-hotspot-id="${id}"]{box-shadow:0 0 0 4px ${color},0 0 0 9px color-mix(in srgb,${color} 35%,transparent);z-index:3}`
}
