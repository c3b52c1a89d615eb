// The bench's products, from the query string so the runner picks the files:
// ?models=<src>|<poster>,<src>|<poster>,…
export interface BenchProduct {
  id: string
  name: string
  price: { amount: number; currency: string }
  kind: 'furniture'
  model: { src: string; poster?: string; alt: string }
}

export function benchProducts(search: string): BenchProduct[] {
  const models = new URLSearchParams(search).get('models') ?? ''
  return models
    .split(',')
    .filter(Boolean)
    .map((entry, i) => {
      const [src, poster] = entry.split('|')
      const name = decodeURIComponent(src.split('/').pop() ?? `model-${i}`)
      return {
        id: `bench-${i}`,
        name,
        price: { amount: 100, currency: 'EUR' },
        kind: 'furniture',
        model: { src, alt: `3D model of ${name}`, ...(poster ? { poster } : {}) },
      }
    })
}
