import type { StageApi } from '../stage/stageApi'
import { chooseDimensionEdges, type DimensionAxis } from './dimensionEdges'
import { formatLength, type UnitSystem } from './formatLength'
import type { TrueSizeCheck } from './sizeCheck'
import type { OverlayStrings } from './overlayStrings'

export interface DimensionLinesProps {
  /** The live 3D view, for its bounds, camera angle and projection. */
  api: StageApi
  /** Bumped on every camera change; lines are re-projected on each render. */
  version: number
  unit: UnitSystem
  /** Number formatting locale (a comma decimal in German, for example). */
  locale?: string
  /** The size check, for the note that says which size the labels show. */
  check: TrueSizeCheck
  strings: OverlayStrings
}

const TICK = 6
/** Lines shorter than this on screen (seen end-on) are left out; the note still lists every size. */
const MIN_DRAWN_PX = 14
const AXIS_INDEX: Record<DimensionAxis, number> = { width: 0, height: 1, depth: 2 }

/**
 * Width, height and depth lines with end ticks on the model's bounding box,
 * re-chosen for the faces the camera sees, with a label on each and a note
 * saying which size is shown.
 */
export function DimensionLines({ api, unit, locale, check, strings }: DimensionLinesProps) {
  const box = api.bounds()
  const lines = chooseDimensionEdges(box, api.view().azimuthDeg)
  const centre = api.projectWorld([
    (box.min[0] + box.max[0]) / 2,
    (box.min[1] + box.max[1]) / 2,
    (box.min[2] + box.max[2]) / 2,
  ])
  const axisWord = (axis: DimensionAxis) => strings[axis]
  const fmt = (m: number) => formatLength(m, unit, { locale })

  const drawn = lines.map((line) => {
    const a = api.projectWorld(line.from)
    const b = api.projectWorld(line.to)
    const ea = api.projectWorld(line.edgeFrom)
    const eb = api.projectWorld(line.edgeTo)
    const len = Math.hypot(b.x - a.x, b.y - a.y)
    const visible = !a.behind && !b.behind && len >= MIN_DRAWN_PX
    const dx = (b.x - a.x) / (len || 1)
    const dy = (b.y - a.y) / (len || 1)
    // Perpendicular on screen, turned away from the model so the label sits outside it.
    let nx = -dy,
      ny = dx
    const mx = (a.x + b.x) / 2,
      my = (a.y + b.y) / 2
    if ((mx - centre.x) * nx + (my - centre.y) * ny < 0) {
      nx = -nx
      ny = -ny
    }
    return { line, a, b, ea, eb, visible, nx, ny, label: { x: mx + nx * 14, y: my + ny * 14 } }
  })

  const measured = check.measured
  const note =
    check.status === 'mismatch'
      ? strings.mismatch(
          `${axisWord(check.worstAxis).toLowerCase()} ${fmt(measured[AXIS_INDEX[check.worstAxis]])}`,
          fmt(check.listed[AXIS_INDEX[check.worstAxis]]),
        )
      : check.status === 'match'
        ? strings.trueSize
        : strings.measuredSize

  return (
    <div role="group" aria-label={strings.dimensions} className="vitrine-dims-group">
      <svg className="vitrine-dims" aria-hidden="true" focusable="false">
        {drawn
          .filter((d) => d.visible)
          .map(({ line, a, b, ea, eb, nx, ny }) => {
            const ticks = [a, b].map((p) => [p.x - nx * TICK, p.y - ny * TICK, p.x + nx * TICK, p.y + ny * TICK])
            const segments = [[a.x, a.y, b.x, b.y], ...ticks]
            return (
              <g key={line.axis} data-axis={line.axis}>
                <line className="extension" x1={ea.x} y1={ea.y} x2={a.x} y2={a.y} />
                <line className="extension" x1={eb.x} y1={eb.y} x2={b.x} y2={b.y} />
                {segments.map(([x1, y1, x2, y2], i) => (
                  <line key={`h${i}`} className="halo" x1={x1} y1={y1} x2={x2} y2={y2} />
                ))}
                {segments.map(([x1, y1, x2, y2], i) => (
                  <line key={`r${i}`} className="rule" x1={x1} y1={y1} x2={x2} y2={y2} />
                ))}
              </g>
            )
          })}
      </svg>
      {drawn.map(({ line, label, visible }) => (
        <span
          key={line.axis}
          className="vitrine-dim-label"
          data-axis={line.axis}
          hidden={!visible}
          style={{ transform: `translate(${label.x.toFixed(1)}px, ${label.y.toFixed(1)}px) translate(-50%, -50%)` }}
        >
          <span className="vitrine-sr">{axisWord(line.axis)} </span>
          {fmt(line.length)}
        </span>
      ))}
      <p className="vitrine-dims-note" data-size-check={check.status}>
        <strong>{lines.map((l) => `${axisWord(l.axis)[0]} ${fmt(l.length)}`).join(' · ')}</strong>
        {note}
      </p>
    </div>
  )
}
