import { createXRStore } from '@react-three/xr'

/**
 * A store for handheld immersive-ar. Hit test is required (no hit test, no
 * placement, so the session should fail and the next mode be tried); anchors
 * and the DOM overlay are optional. Input visuals are off: on a phone the
 * only input is the screen, and drawing controller models would make
 * @pmndrs/xr fetch their profiles from a CDN.
 */
export function createArStore() {
  return createXRStore({
    emulate: false,
    offerSession: false,
    enterGrantedSession: false,
    hitTest: 'required',
    anchors: true,
    domOverlay: true,
    planeDetection: false,
    meshDetection: false,
    handTracking: false,
    layers: false,
    depthSensing: false,
    controller: false,
    hand: false,
    gaze: false,
    screenInput: false,
    transientPointer: false,
    frameRate: 'high',
  })
}

export type ArStore = ReturnType<typeof createArStore>
