// A store's entry on Vite (and webpack): render the shared store page. `?parts=draco` narrows it.
import { createElement as h } from 'react'
import { createRoot } from 'react-dom/client'
import Shop from './shop.js'

const parts = new URLSearchParams(location.search).get('parts')?.split(',')
createRoot(document.getElementById('root')).render(h(Shop, { parts }))
