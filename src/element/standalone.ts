// The self-contained build's entry (dist/element/vitrine-product.js): registers
// <vitrine-product> and reads the page's config block for the tracker and chat.
import { defineVitrineProduct } from './define'
import { startFromPage } from './pageConfig'

export * from './index'
export { readPageConfig, startFromPage } from './pageConfig'
export type { VitrinePageConfig, DestinationConfig, ChatConfig } from './fromConfig'

// Called here as well as in ./index: package.json says "sideEffects": false, so a
// bundler may drop index's own call when only its exports are used.
defineVitrineProduct()
startFromPage()
