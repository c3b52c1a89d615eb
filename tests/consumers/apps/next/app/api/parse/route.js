// A route handler runs under the react-server condition. `force-static` makes `next build` call it
// and write its JSON into the export, which the matrix reads back.
import { parseProduct } from 'vitrine/product'

export const dynamic = 'force-static'

export function GET() {
  const good = parseProduct({
    id: 'armchair',
    name: 'Armchair',
    price: { amount: 549, currency: 'EUR' },
    kind: 'furniture',
    model: { src: '/models/armchair.glb', alt: 'An armchair' },
  })
  const bad = parseProduct({ id: 'x', kind: 'lipstick' })
  return Response.json({
    good: good.ok
      ? { ok: true, id: good.product.id, kind: good.product.kind }
      : { ok: false, message: good.error.message },
    bad: bad.ok ? { ok: true } : { ok: false, message: bad.error.message },
  })
}
