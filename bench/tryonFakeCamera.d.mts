import type { Page } from 'playwright-core'

export interface ClipPlan {
  width: number
  height: number
  /** Frames showing the face, swaying left and right. */
  faceFrames: number
  /** Grey frames after them (no face); the clip then loops. */
  emptyFrames: number
  /** Peak horizontal movement in pixels. */
  sway: number
}
export function decodeFace(page: Page, faceUrl: string, size: number): Promise<Uint8Array>
export function writeY4m(face: Uint8Array, faceSize: number, plan: ClipPlan): string
