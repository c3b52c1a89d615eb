// A server component: it renders the store's client component ('use client' in shop.js).
import { createElement as h } from 'react'
import Shop from './shop.js'

export default function Page() {
  return h(Shop)
}
