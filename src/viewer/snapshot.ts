import { Vector2, type Camera, type PerspectiveCamera, type Scene, type WebGLRenderer } from 'three'

/** Size and format of `snapshot()`: what the shopper sees, as a PNG, JPEG or WebP Blob. */
export interface SnapshotOptions {
  /** Output width in pixels (default: the canvas size). */
  width?: number
  /** Output height in pixels (default: keeps the view's aspect). */
  height?: number
  /** 'image/png' (default), 'image/jpeg' or 'image/webp'. */
  type?: 'image/png' | 'image/jpeg' | 'image/webp'
  /** JPEG or WebP quality, 0..1. */
  quality?: number
}

/**
 * Renders the current view at the chosen size, with the same tone mapping as
 * on screen, and encodes it. The copy is taken in the same task as the
 * render, so the canvas needs no preserveDrawingBuffer (which costs every frame).
 */
export async function renderSnapshot(
  renderer: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  options: SnapshotOptions = {},
): Promise<Blob> {
  const size = renderer.getSize(new Vector2())
  const ratio = renderer.getPixelRatio()
  const width = Math.round(options.width ?? size.x * ratio)
  const height = Math.round(options.height ?? (width * size.y) / size.x)
  const perspective = camera as PerspectiveCamera
  const aspect = perspective.aspect
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')!
  const type = options.type ?? 'image/png'
  if (type === 'image/jpeg') {
    context.fillStyle = '#fff' // JPEG has no alpha: the shopper sees the view on white
    context.fillRect(0, 0, width, height)
  }
  try {
    renderer.setPixelRatio(1)
    renderer.setSize(width, height, false)
    if (perspective.isPerspectiveCamera) {
      perspective.aspect = width / height
      perspective.updateProjectionMatrix()
    }
    renderer.render(scene, camera)
    context.drawImage(renderer.domElement, 0, 0)
  } finally {
    renderer.setPixelRatio(ratio)
    renderer.setSize(size.x, size.y, false)
    if (perspective.isPerspectiveCamera) {
      perspective.aspect = aspect
      perspective.updateProjectionMatrix()
    }
    renderer.render(scene, camera)
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('Snapshot encoding failed'))),
      type,
      options.quality,
    ),
  )
}
