import { createRoot } from 'react-dom/client'
import { ProductViewer } from 'vitrine'
import { stageTuning } from '../../../src/viewer/stage/stageTuning'
import { benchProducts } from './products'

// ?tune=compileAsync:0,shadowAfterFirstFrame:1 switches load-path levers (bench/viewer/levers.mjs).
for (const pair of (new URLSearchParams(location.search).get('tune') ?? '').split(',').filter(Boolean)) {
  const [key, value] = pair.split(':')
  if (key in stageTuning) stageTuning[key as keyof typeof stageTuning] = value === '1'
}

// A product page as a store would write it: one viewer, default props.
const [product] = benchProducts(location.search)
createRoot(document.getElementById('root')!).render(<ProductViewer product={product} />)
