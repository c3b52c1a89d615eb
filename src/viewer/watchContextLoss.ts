import type { WebGLRenderer } from 'three'

/**
 * Calls `onLost` when the browser takes the GPU context away, and not when we
 * release it ourselves: R3F's unmount calls forceContextLoss, which can fire
 * `webglcontextlost` synchronously. Returns a function that stops watching.
 */
export function watchContextLoss(gl: WebGLRenderer, onLost: () => void): () => void {
  const canvas = gl.domElement
  let releasing = false
  const release = gl.forceContextLoss.bind(gl)
  gl.forceContextLoss = () => {
    releasing = true
    release()
  }
  const listener = (event: Event) => {
    if (releasing) return
    event.preventDefault()
    onLost()
  }
  canvas.addEventListener('webglcontextlost', listener)
  return () => canvas.removeEventListener('webglcontextlost', listener)
}
