// Small indexed-mesh helpers for the sample catalogue. A mesh is plain arrays:
// { positions: number[], normals: number[], uvs: number[], indices: number[] }.
// UVs are in metres divided by a tile size, so a tiling texture keeps the same
// physical scale on every part.

const EPS = 1e-9

export function emptyMesh() {
  return { positions: [], normals: [], uvs: [], indices: [] }
}

/** Appends `b` into `a` (mutates `a`). */
export function merge(a, ...rest) {
  for (const b of rest) {
    const base = a.positions.length / 3
    a.positions.push(...b.positions)
    a.normals.push(...b.normals)
    a.uvs.push(...b.uvs)
    for (const i of b.indices) a.indices.push(base + i)
  }
  return a
}

/** Rotates about X then Y (radians, around the origin), then translates. Returns a new mesh. */
export function transform(mesh, { rotateX = 0, rotateY = 0, translate = [0, 0, 0] } = {}) {
  const cx = Math.cos(rotateX),
    sx = Math.sin(rotateX)
  const cy = Math.cos(rotateY),
    sy = Math.sin(rotateY)
  const rot = (x, y, z) => {
    const y1 = y * cx - z * sx,
      z1 = y * sx + z * cx
    return [x * cy + z1 * sy, y1, -x * sy + z1 * cy]
  }
  const out = { positions: [], normals: [], uvs: [...mesh.uvs], indices: [...mesh.indices] }
  for (let i = 0; i < mesh.positions.length; i += 3) {
    const p = rot(mesh.positions[i], mesh.positions[i + 1], mesh.positions[i + 2])
    out.positions.push(p[0] + translate[0], p[1] + translate[1], p[2] + translate[2])
    out.normals.push(...rot(mesh.normals[i], mesh.normals[i + 1], mesh.normals[i + 2]))
  }
  return out
}

// Corner coordinates spaced by equal angle on the rounded edge, not by equal
// distance: equal distance bunches the facets near the flat face.
function axisCoords(half, r, corner, flat) {
  const out = []
  for (let i = 0; i <= corner; i++) out.push(-half + r * (1 - Math.tan((Math.PI / 4) * (1 - i / corner))))
  for (let j = 1; j < flat; j++) out.push(-half + r + (2 * (half - r) * j) / flat)
  for (let i = corner; i >= 0; i--) out.push(half - r * (1 - Math.tan((Math.PI / 4) * (1 - i / corner))))
  return out.filter((v, i) => i === 0 || Math.abs(v - out[i - 1]) > EPS)
}

// Enough facets per half-edge for the radius to read as round at arm's length, no more:
// geometry is most of each GLB's bytes.
function cornerSegments(radius) {
  return radius >= 0.04 ? 3 : radius >= 0.01 ? 2 : 1
}

/**
 * A box with rounded edges and corners, centred on `center`.
 * `flat` subdivides the flat middle of each face (needed for `bulge`).
 * `bulge` {axis: 0|1|2, amount} puffs the positive face of that axis out like a cushion.
 */
export function roundedBox({
  size,
  radius = 0,
  center = [0, 0, 0],
  corner = cornerSegments(radius),
  flat = 1,
  tile = 1,
  bulge,
}) {
  const half = size.map((s) => s / 2)
  const r = Math.min(radius, ...half)
  const coords = half.map((h) => axisCoords(h, r, r > 0 ? corner : 1, flat))
  const mesh = emptyMesh()
  // [normal axis, u axis, v axis]: u runs along the longest natural direction (wood grain along x).
  const faces = [
    [1, 0, 2],
    [2, 0, 1],
    [0, 2, 1],
  ]
  for (const [n, a, b] of faces) {
    for (const sign of [-1, 1]) {
      const base = mesh.positions.length / 3
      const ca = coords[a],
        cb = coords[b]
      for (const vb of cb) {
        for (const va of ca) {
          const p = [0, 0, 0]
          p[n] = sign * half[n]
          p[a] = va
          p[b] = vb
          const q = p.map((c, k) => Math.max(-(half[k] - r), Math.min(half[k] - r, c)))
          const d = p.map((c, k) => c - q[k])
          const len = Math.hypot(...d)
          const normal =
            len > EPS ? d.map((c) => c / len) : [n === 0 ? sign : 0, n === 1 ? sign : 0, n === 2 ? sign : 0]
          const pos = len > EPS ? q.map((c, k) => c + normal[k] * r) : p
          mesh.positions.push(...pos)
          mesh.normals.push(...normal)
          mesh.uvs.push(pos[a] / tile, pos[b] / tile)
        }
      }
      const cols = ca.length
      for (let j = 0; j < cb.length - 1; j++) {
        for (let i = 0; i < cols - 1; i++) {
          const v0 = base + j * cols + i
          mesh.indices.push(v0, v0 + 1, v0 + cols + 1, v0, v0 + cols + 1, v0 + cols)
        }
      }
    }
  }
  // Wind by the analytic normals first: the bulge recomputes normals from the winding.
  orient(mesh)
  if (bulge) applyBulge(mesh, half, bulge)
  for (let i = 0; i < mesh.positions.length; i += 3) {
    for (let k = 0; k < 3; k++) mesh.positions[i + k] += center[k]
  }
  return orient(mesh)
}

function applyBulge(mesh, half, { axis, amount }) {
  const [a, b] = [0, 1, 2].filter((k) => k !== axis)
  for (let i = 0; i < mesh.positions.length; i += 3) {
    const p = mesh.positions.slice(i, i + 3)
    if (p[axis] <= 0) continue
    const fa = Math.max(0, 1 - (p[a] / half[a]) ** 2)
    const fb = Math.max(0, 1 - (p[b] / half[b]) ** 2)
    mesh.positions[i + axis] += amount * (p[axis] / half[axis]) * fa * fb
  }
  recomputeNormals(mesh)
}

/** Smooth normals, averaged across vertices that share a position (so face seams don't show). */
export function recomputeNormals(mesh) {
  const key = (i) =>
    mesh.positions
      .slice(i * 3, i * 3 + 3)
      .map((c) => Math.round(c * 1e6))
      .join(',')
  const sums = new Map()
  const { positions: P, indices: I } = mesh
  for (let t = 0; t < I.length; t += 3) {
    const [i0, i1, i2] = [I[t], I[t + 1], I[t + 2]]
    const e1 = [0, 1, 2].map((k) => P[i1 * 3 + k] - P[i0 * 3 + k])
    const e2 = [0, 1, 2].map((k) => P[i2 * 3 + k] - P[i0 * 3 + k])
    const n = cross(e1, e2)
    for (const i of [i0, i1, i2]) {
      const k = key(i)
      const s = sums.get(k) ?? [0, 0, 0]
      sums.set(k, [s[0] + n[0], s[1] + n[1], s[2] + n[2]])
    }
  }
  for (let i = 0; i < P.length / 3; i++) {
    const s = sums.get(key(i))
    if (!s) continue
    const len = Math.hypot(...s) || 1
    mesh.normals.splice(i * 3, 3, s[0] / len, s[1] / len, s[2] / len)
  }
  return mesh
}

/**
 * Flips every triangle whose winding disagrees with its vertex normals, so
 * builders don't have to get winding right by hand. Drops degenerate triangles.
 */
export function orient(mesh) {
  const { positions: P, normals: N, indices: I } = mesh
  const out = []
  for (let t = 0; t < I.length; t += 3) {
    const [i0, i1, i2] = [I[t], I[t + 1], I[t + 2]]
    const e1 = [0, 1, 2].map((k) => P[i1 * 3 + k] - P[i0 * 3 + k])
    const e2 = [0, 1, 2].map((k) => P[i2 * 3 + k] - P[i0 * 3 + k])
    const g = cross(e1, e2)
    if (Math.hypot(...g) < 1e-12) continue
    const avg = [0, 1, 2].map((k) => N[i0 * 3 + k] + N[i1 * 3 + k] + N[i2 * 3 + k])
    if (g[0] * avg[0] + g[1] * avg[1] + g[2] * avg[2] < 0) out.push(i0, i2, i1)
    else out.push(i0, i1, i2)
  }
  mesh.indices = out
  return mesh
}

function cross(a, b) {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}

/** A (tapered) cylinder standing on y = `y0`, axis through (x, z). Optional caps. */
export function cylinder({
  x = 0,
  z = 0,
  y0 = 0,
  height,
  radiusBottom,
  radiusTop = radiusBottom,
  radial = 16,
  caps = true,
  tile = 1,
}) {
  const mesh = emptyMesh()
  const slope = (radiusBottom - radiusTop) / height
  const ny = slope / Math.hypot(1, slope),
    nr = 1 / Math.hypot(1, slope)
  for (const [t, r] of [
    [0, radiusBottom],
    [1, radiusTop],
  ]) {
    for (let i = 0; i <= radial; i++) {
      const a = (i / radial) * Math.PI * 2
      const c = Math.cos(a),
        s = Math.sin(a)
      mesh.positions.push(x + c * r, y0 + t * height, z + s * r)
      mesh.normals.push(c * nr, ny, s * nr)
      // u along the axis, so wood grain follows the leg.
      mesh.uvs.push((t * height) / tile, (a * r) / tile)
    }
  }
  for (let i = 0; i < radial; i++) {
    const b = radial + 1
    mesh.indices.push(i, i + 1, b + i + 1, i, b + i + 1, b + i)
  }
  if (caps) {
    for (const [t, r, sign] of [
      [0, radiusBottom, -1],
      [1, radiusTop, 1],
    ]) {
      if (r <= 0) continue
      const y = y0 + t * height
      const centre = mesh.positions.length / 3
      mesh.positions.push(x, y, z)
      mesh.normals.push(0, sign, 0)
      mesh.uvs.push(0, 0)
      for (let i = 0; i <= radial; i++) {
        const a = (i / radial) * Math.PI * 2
        mesh.positions.push(x + Math.cos(a) * r, y, z + Math.sin(a) * r)
        mesh.normals.push(0, sign, 0)
        mesh.uvs.push((Math.cos(a) * r) / tile, (Math.sin(a) * r) / tile)
        if (i > 0) mesh.indices.push(centre, centre + i, centre + i + 1)
      }
    }
  }
  return orient(mesh)
}

/** Outward 2D normals of a closed counter-clockwise outline. */
function outlineNormals(outline) {
  return outline.map((_, i) => {
    const prev = outline[(i - 1 + outline.length) % outline.length]
    const next = outline[(i + 1) % outline.length]
    const tx = next[0] - prev[0],
      ty = next[1] - prev[1]
    const len = Math.hypot(tx, ty)
    return [ty / len, -tx / len]
  })
}

/**
 * Sweeps a cross-section profile along a closed, smooth, counter-clockwise
 * outline in the XY plane (a picture frame). Profile points are
 * {o, z, no, nz}: `o` is the offset along the outline's outward normal.
 */
export function sweep(outline, profile, tile = 1) {
  const normals2 = outlineNormals(outline)
  const mesh = emptyMesh()
  let arc = 0
  const count = outline.length
  for (let i = 0; i <= count; i++) {
    const p = outline[i % count],
      n = normals2[i % count]
    if (i > 0) arc += Math.hypot(p[0] - outline[i - 1][0], p[1] - outline[i - 1][1])
    let along = 0
    profile.forEach((q, j) => {
      if (j > 0) along += Math.hypot(q.o - profile[j - 1].o, q.z - profile[j - 1].z)
      mesh.positions.push(p[0] + n[0] * q.o, p[1] + n[1] * q.o, q.z)
      mesh.normals.push(n[0] * q.no, n[1] * q.no, q.nz)
      mesh.uvs.push(arc / tile, along / tile)
    })
  }
  const rows = profile.length
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < rows - 1; j++) {
      const v0 = i * rows + j
      mesh.indices.push(v0, v0 + rows, v0 + rows + 1, v0, v0 + rows + 1, v0 + 1)
    }
  }
  return orient(mesh)
}

/** A flat convex polygon at depth `z`, facing +Z (or -Z with facing = -1). */
export function fan(outline, z, facing = 1, tile = 1) {
  const mesh = emptyMesh()
  const cx = outline.reduce((s, p) => s + p[0], 0) / outline.length
  const cy = outline.reduce((s, p) => s + p[1], 0) / outline.length
  mesh.positions.push(cx, cy, z)
  mesh.normals.push(0, 0, facing)
  mesh.uvs.push(cx / tile, cy / tile)
  outline.forEach((p, i) => {
    mesh.positions.push(p[0], p[1], z)
    mesh.normals.push(0, 0, facing)
    mesh.uvs.push(p[0] / tile, p[1] / tile)
    mesh.indices.push(0, 1 + i, 1 + ((i + 1) % outline.length))
  })
  return orient(mesh)
}

/** Offsets a smooth closed outline along its outward normals (negative = inward). */
export function offsetOutline(outline, distance) {
  const n = outlineNormals(outline)
  return outline.map((p, i) => [p[0] + n[i][0] * distance, p[1] + n[i][1] * distance])
}

/** Where a local point and normal end up after `transform(…, opts)`; for hotspots on moved parts. */
export function transformPoint(point, normal, opts) {
  const m = transform({ positions: point, normals: normal, uvs: [], indices: [] }, opts)
  const round = (v) => Math.round(v * 1e4) / 1e4
  return { position: m.positions.map(round), normal: m.normals.map(round) }
}
