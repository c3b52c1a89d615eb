import type { StageApi } from '../stage/stageApi'

/** Arrow keys turn the model (15° around, 10° up/down); + and - zoom. Returns whether the key was one of them. */
export function applyViewerKey(key: string, stage: StageApi): boolean {
  const moves: Record<string, () => void> = {
    ArrowLeft: () => stage.rotate(-15, 0),
    ArrowRight: () => stage.rotate(15, 0),
    ArrowUp: () => stage.rotate(0, 10),
    ArrowDown: () => stage.rotate(0, -10),
    '+': () => stage.zoom(0.85),
    '=': () => stage.zoom(0.85),
    '-': () => stage.zoom(1 / 0.85),
    _: () => stage.zoom(1 / 0.85),
  }
  const move = moves[key]
  if (!move) return false
  move()
  return true
}
