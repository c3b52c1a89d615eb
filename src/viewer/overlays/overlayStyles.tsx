// Styles for the dimension lines and hotspots, hoisted and de-duplicated by
// React 19 like the rest of Vitrine's CSS, and themed by the same properties.
const OVERLAY_CSS = `
.vitrine-overlays{position:absolute;inset:0;pointer-events:none;z-index:1;overflow:hidden}
.vitrine-dims{position:absolute;inset:0;width:100%;height:100%;overflow:visible}
.vitrine-dims .halo{stroke:rgba(255,255,255,.9);stroke-width:4;stroke-linecap:round}
.vitrine-dims .rule{stroke:var(--vitrine-fg,#1d1d1b);stroke-width:1.5;stroke-linecap:round}
.vitrine-dims .extension{stroke:var(--vitrine-fg,#1d1d1b);stroke-width:1;stroke-dasharray:3 3;opacity:.55}
.vitrine-dim-label{position:absolute;left:0;top:0;padding:3px 8px;border-radius:999px;background:rgba(255,255,255,.95);color:#1d1d1b;font:600 12px/1.2 var(--vitrine-font,system-ui,sans-serif);white-space:nowrap;box-shadow:0 1px 3px rgba(0,0,0,.22)}
.vitrine-dims-note{position:absolute;top:10px;inset-inline-start:10px;max-width:min(58%,320px);margin:0;padding:6px 10px;border-radius:10px;background:rgba(255,255,255,.94);color:#1d1d1b;font:12px/1.35 var(--vitrine-font,system-ui,sans-serif);box-shadow:0 1px 3px rgba(0,0,0,.15)}
.vitrine-dims-note strong{display:block;font-weight:600}
.vitrine-hotspot{position:absolute;left:0;top:0;width:28px;height:28px;margin:-14px 0 0 -14px;padding:0;border-radius:50%;border:2px solid #fff;background:var(--vitrine-accent,#1f5f4a);color:var(--vitrine-on-accent,#fff);font:700 13px/1 var(--vitrine-font,system-ui,sans-serif);box-shadow:0 1px 5px rgba(0,0,0,.35);cursor:pointer;pointer-events:auto;transition:opacity .2s}
.vitrine-hotspot[data-visibility=dimmed]{opacity:.35}
.vitrine-hotspot[data-visibility=hidden]{visibility:hidden}
.vitrine-hotspot[aria-expanded=true]{box-shadow:0 0 0 3px color-mix(in srgb,var(--vitrine-accent,#1f5f4a) 40%,transparent),0 1px 5px rgba(0,0,0,.35)}
.vitrine-hotspot:focus-visible{outline:3px solid #fff;outline-offset:2px}
.vitrine-hotspot-card{position:absolute;left:0;top:0;width:min(240px,calc(100% - 16px));box-sizing:border-box;padding:12px 36px 12px 14px;border-radius:12px;background:#fff;color:#1d1d1b;font:14px/1.4 var(--vitrine-font,system-ui,sans-serif);box-shadow:0 6px 24px rgba(0,0,0,.22);pointer-events:auto;overflow-wrap:anywhere}
.vitrine-hotspot-card strong{display:block;font-weight:650}
.vitrine-hotspot-card p{margin:4px 0 0;color:#4a4844}
.vitrine-hotspot-close{position:absolute;top:6px;inset-inline-end:6px;width:26px;height:26px;border:0;border-radius:50%;background:transparent;color:#1d1d1b;font:20px/1 system-ui,sans-serif;cursor:pointer}
.vitrine-hotspot-close:focus-visible{outline:2px solid var(--vitrine-accent,#1f5f4a)}
@media (prefers-reduced-motion:reduce){.vitrine-hotspot{transition:none}}
`

export function OverlayStyles() {
  return (
    <style href="vitrine-overlays" precedence="default">
      {OVERLAY_CSS}
    </style>
  )
}
