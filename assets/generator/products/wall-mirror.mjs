// Arched wall mirror, 0.6 x 0.9 x 0.04 m. Its back is the plane z = 0, so it
// sits flush on a wall; the front faces +Z.
import { material, part } from '../document.mjs'
import { fan, offsetOutline, sweep } from '../mesh.mjs'
import { metal } from '../palette.mjs'
import { manifestVariants, tableSlot } from '../variants.mjs'

const WIDTH = 0.6
const HEIGHT = 0.9
const DEPTH = 0.04
const FRAME = 0.045
const EDGE = 0.01 // rounding of the frame's front edges
const FRAMES = { Brass: ['#c9a45c', 0.3, 1], Black: ['#1f1f21', 0.55, 0.6] }

/** Counter-clockwise outline: rounded bottom corners, semicircular top. */
function archOutline() {
  const half = WIDTH / 2,
    corner = 0.06,
    springY = HEIGHT - half
  const pts = []
  const arc = (cx, cy, r, from, to, steps) => {
    for (let i = 0; i <= steps; i++) {
      const a = from + ((to - from) * i) / steps
      pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
    }
  }
  arc(half - corner, corner, corner, -Math.PI / 2, 0, 6)
  arc(0, springY, half, 0, Math.PI, 32)
  arc(-half + corner, corner, corner, Math.PI, (3 * Math.PI) / 2, 6)
  return pts
}

/** Cross-section of the frame: flat back, outer wall, rounded front edges, inner wall. */
function frameProfile() {
  const p = [
    { o: -FRAME, z: 0, no: 0, nz: -1 },
    { o: 0, z: 0, no: 0, nz: -1 },
    { o: 0, z: 0, no: 1, nz: 0 },
  ]
  const round = (co, from, to) => {
    for (let i = 0; i <= 4; i++) {
      const a = from + ((to - from) * i) / 4
      p.push({ o: co + EDGE * Math.cos(a), z: DEPTH - EDGE + EDGE * Math.sin(a), no: Math.cos(a), nz: Math.sin(a) })
    }
  }
  round(-EDGE, 0, Math.PI / 2)
  round(-FRAME + EDGE, Math.PI / 2, Math.PI)
  p.push({ o: -FRAME, z: 0, no: -1, nz: 0 }, { o: -FRAME, z: 0, no: 0, nz: -1 })
  return p
}

export const wallMirror = {
  file: 'wall-mirror.glb',
  manifest: {
    id: 'wall-mirror',
    name: 'Arco arched wall mirror',
    price: { amount: 189, currency: 'EUR' },
    kind: 'decor',
    model: { src: 'assets/models/wall-mirror.glb', alt: 'An arched wall mirror with a slim metal frame' },
    dimensions: { width: WIDTH, height: HEIGHT, depth: DEPTH, unit: 'm' },
    placement: 'wall',
    variants: manifestVariants(FRAMES),
    hotspots: [
      {
        id: 'frame',
        position: [0, HEIGHT - FRAME / 2, DEPTH],
        normal: [0, 0, 1],
        title: 'Slim metal frame',
        text: 'Brushed brass or matt black powder-coated steel.',
      },
      {
        id: 'glass',
        position: [0, 0.45, 0.022],
        normal: [0, 0, 1],
        title: 'Hangs flush',
        text: 'Two hidden keyhole fixings hold it flat against the wall.',
      },
    ],
  },
  build(ctx) {
    const frame = tableSlot(ctx, FRAMES, (name, [color, roughness, metallic]) => ({
      ...metal(`Frame ${name}`, color, roughness),
      metallic,
    }))
    const glass = material(ctx, metal('Mirror glass', '#eef2f3', 0.03))
    const backing = material(ctx, { name: 'Backing board', color: '#3b3631', roughness: 0.9, metallic: 0 })
    const outline = archOutline()
    part(ctx, 'Frame', sweep(outline, frameProfile(), 0.2), frame)
    part(ctx, 'Glass', fan(offsetOutline(outline, -FRAME + 0.002), 0.022, 1, WIDTH), glass)
    part(ctx, 'Backing', fan(offsetOutline(outline, -FRAME + 0.002), 0.003, -1, WIDTH), backing)
  },
}
