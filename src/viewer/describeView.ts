/**
 * Words for where the camera is around the model, for screen readers:
 * "front-left, above". Azimuth 0 is the front, positive turns to the right.
 */
export function describeView(azimuthDeg: number, elevationDeg: number): string {
  const a = (((azimuthDeg % 360) + 540) % 360) - 180 // -180..180
  const sectors = ['back', 'back-left', 'left', 'front-left', 'front', 'front-right', 'right', 'back-right', 'back']
  const side = sectors[Math.round((a + 180) / 45)]
  const height =
    elevationDeg > 50 ? 'from above' : elevationDeg > 12 ? 'above' : elevationDeg < -5 ? 'below' : 'eye level'
  return `${side}, ${height}`
}
