import { createElement as h } from 'react'

export const metadata = { title: 'A store on Next.js', icons: { icon: 'data:,' } }

export default function RootLayout({ children }) {
  return h('html', { lang: 'en' }, h('body', null, children))
}
