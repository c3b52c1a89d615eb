import type { SnapshotOptions } from '../snapshot'

/** What the DOM shell can ask of a live 3D view. */
export interface StageApi {
  snapshot(options?: SnapshotOptions): Promise<Blob>
  rotate(azimuthDeg: number, elevationDeg: number): void
  zoom(factor: number): void
  /** Frames drawn since mount, live GPU geometries and textures, and whether a frame has drawn the contact shadow (it adds one of each). */
  stats(): { frames: number; geometries: number; textures: number; shadow: boolean }
  /** Camera angles around the model, for announcing the view. */
  view(): { azimuthDeg: number; elevationDeg: number; zoom: number }
  /** Size of the model as shown, in metres [x, y, z]. */
  size(): [number, number, number]
  /**
   * Where a point of the model (its own glTF coordinates, metres) appears on
   * the canvas, in CSS pixels from the top-left, and whether a surface with
   * `normal` there faces the camera (`facing` > 0).
   */
  project(point: readonly [number, number, number], normal?: readonly [number, number, number]): ProjectedPoint
  /** The model's bounding box as staged (standing on y = 0), in metres. */
  bounds(): { min: [number, number, number]; max: [number, number, number] }
  /** Like `project`, for a point in world metres (the frame of `bounds()`). */
  projectWorld(point: readonly [number, number, number]): ProjectedPoint
}

/** A point on the view, in CSS pixels from its top-left. */
export interface ProjectedPoint {
  x: number
  y: number
  behind: boolean
  facing: number
}
