import { CanvasTexture, Mesh, MeshBasicMaterial, PlaneGeometry } from 'three'

/**
 * A soft contact shadow: a radial-gradient blob on the floor under the
 * product. Cheap enough for mid-range phones and needs no shadow maps, which
 * would have nothing to fall on in passthrough AR.
 */
export function createSoftShadow(width: number, depth: number, opacity = 0.45): Mesh {
  const size = 128
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size
  const ctx = canvas.getContext('2d')!
  const g = ctx.createRadialGradient(size / 2, size / 2, 0, size / 2, size / 2, size / 2)
  g.addColorStop(0, `rgba(0,0,0,${opacity})`)
  g.addColorStop(0.6, `rgba(0,0,0,${opacity * 0.5})`)
  g.addColorStop(1, 'rgba(0,0,0,0)')
  ctx.fillStyle = g
  ctx.fillRect(0, 0, size, size)
  const mesh = new Mesh(
    new PlaneGeometry(width * 1.3, depth * 1.3),
    new MeshBasicMaterial({ map: new CanvasTexture(canvas), transparent: true, depthWrite: false }),
  )
  mesh.rotation.x = -Math.PI / 2
  mesh.position.y = 0.002
  mesh.name = 'vitrine-soft-shadow'
  mesh.renderOrder = -1
  return mesh
}
