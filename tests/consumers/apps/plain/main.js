// A store that bundles its own script with esbuild, which emits none of the files vitrine
// references with `new URL(…, import.meta.url)`: it copies them with `npx vitrine copy-assets`
// and tells vitrine where they are before rendering anything.
import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import { setAssetBase } from 'vitrine'
import Shop from './shop.js'

const root = document.getElementById('root')
const assetBase = root.dataset.assetBase
setAssetBase(assetBase)
const parts = new URLSearchParams(location.search).get('parts')?.split(',')
createRoot(root).render(h(Shop, { parts, assetBase }))
