// The self-contained build's entry (dist/element/vitrine-product.js): registers
// <vitrine-product> and reads the page's config block for the tracker and chat.
import { startFromPage } from './pageConfig'

export * from './index'
export { readPageConfig, startFromPage } from './pageConfig'
export type { VitrinePageConfig, DestinationConfig, ChatConfig } from './fromConfig'

startFromPage()
