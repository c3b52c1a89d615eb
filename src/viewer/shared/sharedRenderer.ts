import { NeutralToneMapping, WebGLRenderer } from 'three'
import { watchContextLoss } from '../watchContextLoss'

/** One view drawn by the shared renderer: its scene and camera, and the 2D canvas it is copied to. */
export interface SharedView {
  /** Draws this view's scene into the shared renderer, which has its viewport set to the view's size. */
  render(renderer: WebGLRenderer): void
  /** The visible canvas (2D) the frame is copied into, sized by CSS. */
  canvas: HTMLCanvasElement
  /** Device pixels per CSS pixel for this view. */
  pixelRatio(): number
  /** Listeners for "this view's frame was just copied to its canvas". */
  drawn(): void
  /** The shared context was lost: every view goes back to its poster and may retry. */
  lost(): void
}

/**
 * One WebGL context for every viewer on the page, like model-viewer's shared
 * renderer: a canvas that is never in the page renders each view that asked
 * for a frame, in turn, in the bottom-left corner of its drawing buffer, and
 * the pixels are copied to that view's own 2D canvas in the same task (so the
 * buffer needs no preserveDrawingBuffer). Browsers cap live contexts (Chrome:
 * 16, phones fewer) and each holds its own copy of every program and texture;
 * here 12 cards hold one context, one program cache and one copy of each model.
 */
export class SharedRenderer {
  readonly renderer: WebGLRenderer
  private readonly views = new Set<SharedView>()
  private readonly dirty = new Set<SharedView>()
  private frame = 0
  private readonly stopWatching: () => void

  constructor() {
    const canvas = document.createElement('canvas')
    this.renderer = new WebGLRenderer({ canvas, antialias: true, alpha: true, powerPreference: 'high-performance' })
    this.renderer.toneMapping = NeutralToneMapping
    this.renderer.setPixelRatio(1)
    this.renderer.setScissorTest(true)
    this.stopWatching = watchContextLoss(this.renderer, () => this.onLost())
  }

  add(view: SharedView): () => void {
    this.views.add(view)
    return () => {
      this.views.delete(view)
      this.dirty.delete(view)
    }
  }

  /** Asks for one frame of this view (render on demand: nothing is drawn otherwise). */
  invalidate(view: SharedView): void {
    if (!this.views.has(view)) return
    this.dirty.add(view)
    this.frame ||= requestAnimationFrame(() => this.draw())
  }

  /** Views registered now. */
  get size(): number {
    return this.views.size
  }

  private draw(): void {
    this.frame = 0
    const views = [...this.dirty]
    this.dirty.clear()
    const started = performance.now()
    // The drawing buffer grows to the largest view and never shrinks while views live.
    const need = views.reduce(
      (m, v) => {
        const [w, h] = deviceSize(v)
        return [Math.max(m[0], w), Math.max(m[1], h)]
      },
      [1, 1],
    )
    const buffer = this.renderer.domElement
    if (buffer.width < need[0] || buffer.height < need[1]) {
      this.renderer.setSize(Math.max(buffer.width, need[0]), Math.max(buffer.height, need[1]), false)
    }
    for (const view of views) {
      // A view's first frame with its model compiles that model's programs: on software GL and slow
      // phones that blocks this thread for a second or more. Past the budget the rest wait for the next
      // frame, so the first card is on screen without waiting for all twelve to compile in one task.
      if (performance.now() - started > FRAME_BUDGET_MS) {
        this.dirty.add(view)
        continue
      }
      const [w, h] = deviceSize(view)
      if (w === 0 || h === 0) continue
      if (view.canvas.width !== w || view.canvas.height !== h) {
        view.canvas.width = w
        view.canvas.height = h
      }
      this.renderer.setViewport(0, 0, w, h)
      this.renderer.setScissor(0, 0, w, h)
      this.renderer.setClearColor(0x000000, 0)
      this.renderer.clear()
      view.render(this.renderer)
      const context = view.canvas.getContext('2d')
      if (!context) continue
      context.clearRect(0, 0, w, h)
      // WebGL's origin is bottom-left: the view's pixels are the bottom rows of the buffer.
      context.drawImage(buffer, 0, buffer.height - h, w, h, 0, 0, w, h)
      view.drawn()
    }
    if (this.dirty.size) this.frame ||= requestAnimationFrame(() => this.draw())
  }

  /** Runs `work` (a full-buffer render such as a snapshot) with the per-view scissor off. */
  withoutScissor<T>(work: () => T): T {
    this.renderer.setScissorTest(false)
    try {
      return work()
    } finally {
      this.renderer.setScissorTest(true)
    }
  }

  private onLost(): void {
    dropSharedRenderer(this)
    for (const view of [...this.views]) view.lost()
  }

  dispose(): void {
    cancelAnimationFrame(this.frame)
    this.stopWatching()
    this.renderer.dispose()
    this.renderer.forceContextLoss()
  }
}

/** Main-thread time one frame may spend drawing views before the rest move to the next frame. */
const FRAME_BUDGET_MS = 24

function deviceSize(view: SharedView): [number, number] {
  const ratio = view.pixelRatio()
  return [Math.round(view.canvas.clientWidth * ratio), Math.round(view.canvas.clientHeight * ratio)]
}

let pageRenderer: SharedRenderer | undefined
let holders = 0

/** The page's shared renderer, created on first use and disposed when its last view leaves. */
export function acquireSharedRenderer(): { shared: SharedRenderer; release(): void } {
  pageRenderer ??= new SharedRenderer()
  holders++
  const shared = pageRenderer
  let released = false
  return {
    shared,
    release() {
      if (released) return
      released = true
      if (--holders > 0 || pageRenderer !== shared) return
      pageRenderer = undefined
      shared.dispose()
    },
  }
}

/** After a context loss the next view builds a fresh renderer. */
export function dropSharedRenderer(shared: SharedRenderer): void {
  if (pageRenderer === shared) {
    pageRenderer = undefined
    holders = 0
  }
}
