import { CanvasTexture, Mesh, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace } from 'three'

/**
 * A soft contact shadow: the product's footprint, blurred, on the floor under
 * it. Cheap enough for mid-range phones and needs no shadow maps, which would
 * have nothing to fall on in passthrough AR.
 *
 * The blur comes from the 2D canvas's `shadowBlur` (supported everywhere,
 * unlike `ctx.filter`): the footprint is drawn off-canvas and only its shadow
 * lands on the texture. Dark up to and just past the footprint's edge, so it
 * shows where the product meets the floor, then fading out around it.
 */
export function createSoftShadow(width: number, depth: number, opacity = 0.7): Mesh {
  const margin = Math.max(0.1, 0.2 * Math.max(width, depth)) // metres of fade around the footprint
  const planeW = width + 2 * margin
  const planeD = depth + 2 * margin
  const texelsPerMetre = 256 / Math.max(planeW, planeD)
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(planeW * texelsPerMetre)
  canvas.height = Math.ceil(planeD * texelsPerMetre)
  const ctx = canvas.getContext('2d')!
  const m = margin * texelsPerMetre
  // Canvas blur is a Gaussian with sigma = shadowBlur / 2: this fades to nothing within the plane.
  ctx.shadowBlur = m * 0.7
  ctx.shadowColor = `rgba(0,0,0,${opacity})`
  ctx.shadowOffsetX = canvas.width
  ctx.fillStyle = '#000'
  // A little past the footprint, so the floor right at its edge is still clearly darker.
  const e = m * 0.9
  ctx.fillRect(e - canvas.width, e, canvas.width - 2 * e, canvas.height - 2 * e)
  const map = new CanvasTexture(canvas)
  map.colorSpace = SRGBColorSpace
  const mesh = new Mesh(
    new PlaneGeometry(planeW, planeD),
    new MeshBasicMaterial({ map, transparent: true, depthWrite: false }),
  )
  mesh.rotation.x = -Math.PI / 2
  mesh.position.y = 0.002
  mesh.name = 'vitrine-soft-shadow'
  mesh.renderOrder = -1
  return mesh
}
