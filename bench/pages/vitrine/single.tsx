import { createRoot } from 'react-dom/client'
import { ProductViewer } from 'vitrine'
import { benchProducts } from './products'

// A product page as a store would write it: one viewer, default props.
const [product] = benchProducts(location.search)
createRoot(document.getElementById('root')!).render(<ProductViewer product={product} />)
