import { createContext } from 'react'

/** A live read-out of the AR scene, written every frame: for tests, stories and devtools. */
export interface ArProbe {
  /** Pose of the last accepted hit (world = local-floor metres), or null before the first. */
  hit: { position: [number, number, number]; normal: [number, number, number]; surface: string } | null
  reticle: { visible: boolean; position: [number, number, number]; quaternion: [number, number, number, number] }
  product: {
    placed: boolean
    position: [number, number, number]
    quaternion: [number, number, number, number]
    /** World scale of the product (1 = true size). */
    scale: number
    /** World-space bounding box of the product's meshes, for flush/true-size checks. */
    box: { min: [number, number, number]; max: [number, number, number] } | null
    /** The same in the placement frame: +Y up, +Z out of the surface, origin on the surface at the placement point. */
    localBox: { min: [number, number, number]; max: [number, number, number] } | null
    surface: string | null
    anchored: boolean
  }
  /** The gltf variant shown, and the material names on the product now. */
  variant: string | null
  materials: string[]
  frames: number
  tracking: boolean
  /**
   * The rendered camera's projection × view matrix (column-major, from the latest rendered frame), to project
   * world points onto the screen: NDC x,y in -1..1 map onto the AR canvas, which covers the viewport.
   */
  viewProjection: number[]
}

/** Where the AR scene writes its {@link ArProbe} every frame. */
export type ArProbeRef = { current: ArProbe | null }

/**
 * Where the AR scene writes its probe. Not a prop of `<RoomPlacement>`: tests and devtools
 * provide it with `<ArProbeProvider>` from `vitrine/testing`, so it stays out of the public types.
 */
export const ArProbeContext = createContext<ArProbeRef | null>(null)
