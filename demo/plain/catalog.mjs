// The plain page's catalogue on the demo server: one manifest per product at
// /catalog/<id>.json (paths rooted at the site, as a store would host them),
// and the armchair also as Shopify Ajax product JSON at /catalog/shopify/<id>.js
// (media_type "model", GLB source, preview image, prices in cents), to show
// product-format="shopify".
import fs from 'node:fs'
import path from 'node:path'

const rooted = (p) => (p && !p.startsWith('/') ? `/${p}` : p)

export function createCatalog(root) {
  const products = JSON.parse(fs.readFileSync(path.join(root, 'assets/products.json'), 'utf8'))
  const manifests = new Map(
    products.map((p) => [
      p.id,
      p.model
        ? {
            ...p,
            model: { ...p.model, src: rooted(p.model.src), poster: rooted(p.model.poster), usdz: rooted(p.model.usdz) },
          }
        : p,
    ]),
  )
  const reply = (res, body) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' })
    res.end(JSON.stringify(body))
  }
  return {
    /** A request handler for tools/serve.mjs. */
    handle(req, res, url) {
      const shopify = url.pathname.match(/^\/catalog\/shopify\/([\w-]+)\.js$/)
      if (shopify && manifests.has(shopify[1])) return (reply(res, toShopifyAjax(manifests.get(shopify[1]))), true)
      const plain = url.pathname.match(/^\/catalog\/([\w-]+)\.json$/)
      if (plain && manifests.has(plain[1])) return (reply(res, manifests.get(plain[1])), true)
      return false
    },
  }
}

/** What Shopify's /products/<handle>.js would answer for this product. */
function toShopifyAjax(p) {
  const cents = Math.round(p.price.amount * 100)
  return {
    id: 8012345678000 + p.id.length,
    title: p.name,
    handle: p.id,
    vendor: 'Maison Nord',
    type: p.kind,
    price: cents,
    price_min: cents,
    price_max: cents,
    available: true,
    options: [{ name: 'Color', position: 1, values: p.variants.map((v) => v.name) }],
    variants: p.variants.map((v, i) => ({
      id: 44011122200000 + i,
      title: v.name,
      option1: v.name,
      option2: null,
      option3: null,
      options: [v.name],
      price: cents,
      available: true,
    })),
    media: [
      {
        id: 31000000000001,
        media_type: 'image',
        position: 1,
        alt: p.name,
        src: p.model.poster,
        preview_image: { src: p.model.poster, width: 1600, height: 1200, aspect_ratio: 1.333 },
      },
      {
        id: 31000000000002,
        media_type: 'model',
        position: 2,
        alt: p.model.alt,
        preview_image: { src: p.model.poster, width: 1600, height: 1200, aspect_ratio: 1.333 },
        sources: [{ format: 'glb', mime_type: 'model/gltf-binary', url: p.model.src }],
      },
    ],
  }
}
