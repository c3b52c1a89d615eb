// A page with only a poster (3D on interaction), for measuring the JS a page needs before the poster shows.
import { createElement as h } from 'react'
import Shop from '../shop.js'

export default function PosterPage() {
  return h(Shop, { parts: ['poster'] })
}
