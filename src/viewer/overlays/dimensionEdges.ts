export type Vec3 = [number, number, number]
export type DimensionAxis = 'width' | 'height' | 'depth'

/** One measured edge of the bounding box, as a line to draw a little outside the box. */
export interface DimensionLine {
  axis: DimensionAxis
  /** Its length in metres (the box's extent on that axis). */
  length: number
  /** The dimension line itself, pushed out from the box by the margin, in world metres. */
  from: Vec3
  to: Vec3
  /** The box edge it measures: extension lines join these to `from`/`to`. */
  edgeFrom: Vec3
  edgeTo: Vec3
}

/**
 * Which bounding-box edges carry the width, height and depth lines for a
 * camera at `azimuthDeg` around the model (0 = in front, on +z; 90 = on the
 * right, +x). Width runs along the bottom edge facing the camera, depth along
 * the bottom edge on the camera's side. Height goes up the front corner on the
 * far side from the camera: that edge is on the box's outline, so the line
 * never crosses the product and its label does not crowd the corner where
 * width and depth meet.
 * `margin` (metres) pushes each line out of the box so it does not touch the
 * model; by default 4% of the largest extent.
 */
export function chooseDimensionEdges(
  box: { min: Vec3; max: Vec3 },
  azimuthDeg: number,
  margin?: number,
): DimensionLine[] {
  const { min, max } = box
  const size = [max[0] - min[0], max[1] - min[1], max[2] - min[2]] as Vec3
  const m = margin ?? Math.max(...size) * 0.04
  const az = (azimuthDeg * Math.PI) / 180
  // Which faces the camera looks at: +x or -x, +z or -z.
  const right = Math.sin(az) >= -1e-9
  const front = Math.cos(az) >= -1e-9
  const nearZ = front ? max[2] : min[2]
  const nearX = right ? max[0] : min[0]
  const farX = right ? min[0] : max[0]
  const outZ = front ? m : -m
  const outX = right ? m : -m
  const floor = min[1]
  return [
    {
      axis: 'width',
      length: size[0],
      edgeFrom: [min[0], floor, nearZ],
      edgeTo: [max[0], floor, nearZ],
      from: [min[0], floor, nearZ + outZ],
      to: [max[0], floor, nearZ + outZ],
    },
    {
      axis: 'height',
      length: size[1],
      edgeFrom: [farX, min[1], nearZ],
      edgeTo: [farX, max[1], nearZ],
      from: [farX - outX, min[1], nearZ],
      to: [farX - outX, max[1], nearZ],
    },
    {
      axis: 'depth',
      length: size[2],
      edgeFrom: [nearX, floor, min[2]],
      edgeTo: [nearX, floor, max[2]],
      from: [nearX + outX, floor, min[2]],
      to: [nearX + outX, floor, max[2]],
    },
  ]
}
