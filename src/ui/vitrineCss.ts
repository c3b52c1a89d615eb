// The shared stylesheet as a plain string, importable without React (the
// <vitrine-product> shell puts it in its shadow root).
export const VITRINE_CSS = `
.vitrine-root{--_accent:var(--vitrine-accent,#1f5f4a);--_bg:var(--vitrine-bg,#f6f4f1);--_fg:var(--vitrine-fg,#1d1d1b);--_muted:var(--vitrine-muted,#6b6862);--_radius:var(--vitrine-radius,14px);--_font:var(--vitrine-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
  position:relative;display:block;width:100%;aspect-ratio:var(--vitrine-aspect,4/3);background:var(--_bg);color:var(--_fg);font-family:var(--_font);border-radius:var(--_radius);overflow:hidden;isolation:isolate}
.vitrine-stage{position:absolute;inset:0;outline:none}
.vitrine-stage:focus-visible{box-shadow:inset 0 0 0 3px var(--_accent)}
.vitrine-poster{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;transition:opacity .35s ease;pointer-events:none}
.vitrine-root[data-vitrine-state=ready] .vitrine-poster{opacity:0}
.vitrine-placeholder{position:absolute;inset:0;display:grid;place-items:center;background:radial-gradient(ellipse at 50% 70%,rgba(0,0,0,.07),transparent 60%),var(--_bg)}
.vitrine-placeholder svg{width:28%;max-width:120px;opacity:.22}
.vitrine-progress{position:absolute;left:12%;right:12%;bottom:12%;height:4px;border-radius:2px;background:rgba(0,0,0,.1);overflow:hidden}
.vitrine-progress>i{display:block;height:100%;background:var(--_accent);transition:width .15s linear}
.vitrine-progress[data-indeterminate]>i{width:30%!important;animation:vitrine-slide 1.1s ease-in-out infinite}
@keyframes vitrine-slide{0%{transform:translateX(-100%)}100%{transform:translateX(340%)}}
.vitrine-progress-label{position:absolute;left:50%;transform:translateX(-50%);bottom:calc(12% + 12px);padding:2px 10px;border-radius:999px;background:rgba(255,255,255,.88);color:#3b3a37;font-size:13px;white-space:nowrap}
.vitrine-panel{position:absolute;inset:0;display:grid;place-content:center;gap:12px;padding:24px;text-align:center;background:color-mix(in srgb,var(--_bg) 88%,transparent);font-size:15px;line-height:1.4}
.vitrine-button{font:600 15px/1.2 var(--vitrine-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);padding:12px 18px;min-height:48px;border-radius:calc(var(--vitrine-radius,14px) * .8);border:0;background:var(--vitrine-accent,#1f5f4a);color:var(--vitrine-on-accent,#fff);cursor:pointer;justify-self:center}
.vitrine-button:focus-visible{outline:3px solid color-mix(in srgb,var(--vitrine-accent,#1f5f4a) 50%,#fff);outline-offset:2px}
.vitrine-button[data-variant=ghost]{background:transparent;color:var(--vitrine-fg,#1d1d1b);box-shadow:inset 0 0 0 1.5px currentColor}
.vitrine-button:disabled{opacity:.6;cursor:progress}
.vitrine-hint{display:block;margin-top:6px;font-size:13px;color:var(--vitrine-muted,#6b6862)}
.vitrine-notice{position:absolute;left:12px;right:12px;top:12px;margin:0 auto;max-width:max-content;padding:6px 12px;border-radius:8px;background:rgba(120,60,0,.86);color:#fff;font-size:13px;line-height:1.35;pointer-events:none}
.vitrine-prompt{position:absolute;left:50%;bottom:14px;transform:translateX(-50%);padding:8px 14px;border-radius:999px;background:rgba(20,20,20,.72);color:#fff;font-size:13px;white-space:nowrap;pointer-events:none;animation:vitrine-nudge 2.4s ease-in-out infinite}
@media (prefers-reduced-motion:reduce){.vitrine-prompt{animation:none}.vitrine-progress[data-indeterminate]>i{animation:none;width:100%!important;opacity:.5}}
@keyframes vitrine-nudge{0%,100%{transform:translateX(-50%)}50%{transform:translateX(calc(-50% + 8px))}}
.vitrine-toolbar-corner{position:absolute;top:10px;inset-inline-end:10px;display:flex;gap:8px;z-index:2}
.vitrine-chip{font:600 13px/1 var(--_font);min-height:36px;padding:8px 12px;border-radius:999px;border:0;background:rgba(255,255,255,.92);color:#1d1d1b;box-shadow:0 1px 4px rgba(0,0,0,.15);cursor:pointer}
.vitrine-chip[aria-pressed=true]{background:var(--_accent);color:var(--vitrine-on-accent,#fff)}
.vitrine-chip:focus-visible{outline:3px solid var(--_accent);outline-offset:2px}
.vitrine-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`
