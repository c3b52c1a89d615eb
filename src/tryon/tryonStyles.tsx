export const TRYON_CSS = `
.vitrine-root.vitrine-tryon{aspect-ratio:auto;display:flex;flex-direction:column}
.vitrine-tryon-stage{position:relative;width:100%;aspect-ratio:4/3;max-height:80vh;background:#151413;overflow:hidden;touch-action:none}
.vitrine-tryon-stage canvas{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;display:block}
.vitrine-tryon[data-tryon-status=idle] .vitrine-tryon-stage canvas,.vitrine-tryon[data-tryon-status=denied] .vitrine-tryon-stage canvas{visibility:hidden}
.vitrine-tryon .vitrine-panel h3{margin:0;font-size:17px}
.vitrine-tryon .vitrine-panel p{margin:0;max-width:34em}
.vitrine-tryon-actions{display:flex;flex-wrap:wrap;gap:10px;justify-content:center}
.vitrine-tryon-split{position:absolute;top:0;bottom:0;width:44px;margin-left:-22px;cursor:ew-resize;display:flex;justify-content:center}
.vitrine-tryon-split::before{content:"";width:2px;height:100%;background:#fff;box-shadow:0 0 4px rgba(0,0,0,.5)}
.vitrine-tryon-split>span{position:absolute;top:50%;transform:translateY(-50%);width:32px;height:32px;border-radius:50%;background:#fff;box-shadow:0 1px 6px rgba(0,0,0,.4)}
.vitrine-tryon-label{position:absolute;top:10px;padding:3px 8px;border-radius:6px;background:rgba(0,0,0,.55);color:#fff;font-size:12px}
.vitrine-tryon-tools{display:grid;gap:10px;padding:12px}
.vitrine-tryon-swatches{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
.vitrine-tryon-swatch{display:flex;align-items:center;gap:6px;padding:6px 10px 6px 6px;min-height:44px;border-radius:999px;border:1.5px solid transparent;background:rgba(0,0,0,.05);font:13px var(--_font);color:inherit;cursor:pointer}
.vitrine-tryon-swatch[aria-pressed=true]{border-color:var(--_accent)}
.vitrine-tryon-swatch i{width:26px;height:26px;border-radius:50%;box-shadow:inset 0 0 0 1px rgba(0,0,0,.15)}
.vitrine-tryon-row{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.vitrine-tryon-row label{display:flex;align-items:center;gap:8px;font-size:13px}
.vitrine-tryon-suggest{margin:0;padding:0;list-style:none;display:grid;gap:6px}
.vitrine-tryon-suggest button{display:flex;gap:8px;align-items:center;width:100%;text-align:left;padding:6px;border:0;border-radius:10px;background:rgba(0,0,0,.04);font:13px var(--_font);color:inherit;cursor:pointer}
.vitrine-tryon-stage video.vitrine-tryon-preview{position:absolute;inset:0;width:100%;height:100%;object-fit:contain;transform:scaleX(-1);display:none}
.vitrine-tryon[data-tryon-status=starting][data-tryon-preview] .vitrine-tryon-stage video.vitrine-tryon-preview{display:block}
.vitrine-tryon[data-tryon-status=starting][data-tryon-preview] .vitrine-tryon-stage canvas{visibility:hidden}
.vitrine-tryon-loading{position:absolute;left:10px;right:10px;bottom:10px;display:flex;flex-wrap:wrap;gap:8px;align-items:center;padding:8px 10px;border-radius:10px;background:rgba(0,0,0,.6);color:#fff;font-size:13px}
.vitrine-tryon-loading .vitrine-button{color:#fff;border-color:rgba(255,255,255,.8);min-height:36px;padding:4px 14px}
.vitrine-tryon-loading progress,.vitrine-progress-label progress{flex:1 1 100%;height:6px;accent-color:var(--_accent)}
.vitrine-tryon-toggle{display:flex;align-items:center;gap:8px;font-size:13px}
.vitrine-tryon-file{position:absolute;width:1px;height:1px;opacity:0}
`

export function TryOnStyles() {
  return (
    <style href="vitrine-tryon" precedence="default">
      {TRYON_CSS}
    </style>
  )
}
