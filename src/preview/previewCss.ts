export const PREVIEW_CSS = `
.vitrine-preview{--_accent:var(--vitrine-accent,#1f5f4a);--_bg:var(--vitrine-bg,#f6f4f1);--_fg:var(--vitrine-fg,#1d1d1b);--_muted:var(--vitrine-muted,#6b6862);--_surface:var(--vitrine-surface,#fff);--_radius:var(--vitrine-radius,14px);--_font:var(--vitrine-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
  display:grid;gap:14px;font-family:var(--_font);color:var(--_fg)}
.vitrine-preview[data-theme=dark]{--vitrine-bg:#1e1f21;--vitrine-fg:#f2f0ec;--vitrine-muted:#a8a49c;--vitrine-surface:#2a2b2e;--vitrine-accent:#7cc4a4;--vitrine-on-accent:#0f2a20}
@media (prefers-color-scheme:dark){.vitrine-preview[data-theme=auto]{--vitrine-bg:#1e1f21;--vitrine-fg:#f2f0ec;--vitrine-muted:#a8a49c;--vitrine-surface:#2a2b2e;--vitrine-accent:#7cc4a4;--vitrine-on-accent:#0f2a20}}
.vitrine-swatches{border:0;margin:0;padding:0;min-width:0}
.vitrine-swatches legend{padding:0;margin-bottom:8px;font-size:14px;color:var(--_muted)}
.vitrine-swatches legend strong{color:var(--_fg);font-weight:600}
.vitrine-swatch-row{display:flex;flex-wrap:wrap;gap:10px}
.vitrine-swatch{position:relative;display:block;width:36px;height:36px;cursor:pointer}
.vitrine-swatch input{position:absolute;inset:0;opacity:0;margin:0;cursor:pointer}
.vitrine-swatch span[aria-hidden]{display:block;width:100%;height:100%;border-radius:50%;background-size:cover;box-shadow:inset 0 0 0 1px rgba(0,0,0,.15)}
.vitrine-swatch input:checked+span{box-shadow:0 0 0 2px var(--_bg),0 0 0 4px var(--_fg)}
.vitrine-swatch input:focus-visible+span{outline:3px solid var(--_accent);outline-offset:4px}
.vitrine-actions{display:flex;flex-wrap:wrap;align-items:flex-start;gap:10px}
.vitrine-actions>*{flex:1 1 160px}
.vitrine-actions .vitrine-button{width:100%}
.vitrine-cart{font:600 16px/1 var(--_font);width:100%;min-height:50px;border-radius:calc(var(--_radius) * .8);border:0;background:var(--_fg);color:var(--_bg);cursor:pointer}
.vitrine-cart:focus-visible{outline:3px solid var(--_accent);outline-offset:2px}
.vitrine-toolbar{display:flex;align-items:center;justify-content:space-between;gap:12px;flex-wrap:wrap}
.vitrine-lipstick-hero{display:grid;place-items:center;aspect-ratio:var(--vitrine-aspect,4/3);border-radius:var(--_radius);background:var(--_bg)}
.vitrine-lipstick-hero i{display:block;width:34%;aspect-ratio:1;border-radius:50%;box-shadow:inset -12px -16px 30px rgba(0,0,0,.25),inset 10px 12px 24px rgba(255,255,255,.25)}
.vitrine-dialog{position:fixed;inset:0;z-index:2147483000;display:grid;grid-template-rows:auto 1fr;background:var(--_surface);color:var(--_fg)}
.vitrine-dialog header{display:flex;justify-content:space-between;align-items:center;padding:10px 14px;font-weight:600}
.vitrine-dialog header button{font:inherit;font-size:22px;line-height:1;min-width:44px;min-height:44px;border:0;background:transparent;color:inherit;cursor:pointer}
.vitrine-dialog>div{min-height:0;overflow:auto}
`
