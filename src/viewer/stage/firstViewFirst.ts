/**
 * On a shared renderer (the listing), the first view to have its model compiles and draws alone; the
 * others start once its picture is on screen. One WebGL context runs its commands in order, so when
 * every card queued its programs at once, the first card's draw waited behind all of them: the
 * shopper saw no 3D for 7 s, then all twelve together. Serialising every view instead (tried) made
 * the later cards slower, because the context's link threads then never work in parallel.
 *
 * The wait is bounded by `maxFirstViewMs`, so a first view that never draws (scrolled away, context
 * lost) cannot hold the others back.
 */
const firstViews = new WeakMap<object, Promise<void>>()

export const maxFirstViewMs = 3000

/**
 * Resolves when this view may compile: at once for `renderer`'s first view, else once the first
 * view's picture is on screen. Resolves with the function that says this view's picture is on
 * screen (it matters only for the first view; safe to call more than once).
 */
export function firstViewFirst(renderer: object): Promise<() => void> {
  const first = firstViews.get(renderer)
  if (first) return first.then(() => () => {})
  let end!: () => void
  firstViews.set(
    renderer,
    new Promise<void>((resolve) => {
      end = resolve
    }),
  )
  const timer = setTimeout(end, maxFirstViewMs)
  return Promise.resolve(() => {
    clearTimeout(timer)
    end()
  })
}
