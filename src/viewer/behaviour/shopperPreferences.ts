/** Units for dimension labels from the shopper's locale: inches where people measure in them (US, Liberia, Myanmar). */
export function defaultUnit(): 'metric' | 'imperial' {
  const region = typeof navigator === 'undefined' ? '' : (navigator.language.split('-')[1] ?? '').toUpperCase()
  return ['US', 'LR', 'MM'].includes(region) ? 'imperial' : 'metric'
}

/** Whether the shopper asked the system for less motion (auto-rotate stays off then). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}
