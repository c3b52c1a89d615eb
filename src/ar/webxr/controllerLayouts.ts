// Stands in for @pmndrs/xr's `controller/layout.js` in every build of ours
// (see tools/build/webxrWithoutEmulator.ts). The original fetches
// `profilesList.json` and a profile from a public CDN (jsDelivr) as soon as a
// controller connects, even with controller models off; that breaks offline
// pages and strict CSPs, and Vitrine promises no third-party requests.
// Vitrine draws no controller models, so the only thing the layout is used
// for is mapping gamepad buttons and axes, which the WebXR `xr-standard`
// mapping fixes for every controller: button 0 trigger, 1 squeeze, 2 touchpad,
// 3 thumbstick, axes 0/1 touchpad and 2/3 thumbstick.
import type { XRControllerLayout, XRControllerLayoutLoaderOptions } from '@pmndrs/xr'

const component = (type: string, gamepadIndices: XRControllerLayout['components'][string]['gamepadIndices']) => ({
  type,
  gamepadIndices,
  rootNodeName: type,
  touchPointNodeName: '',
  visualResponses: {},
})

/** The `xr-standard` gamepad layout, the same for any handedness. */
export const XR_STANDARD_LAYOUT: XRControllerLayout = {
  selectComponentId: 'xr-standard-trigger',
  components: {
    'xr-standard-trigger': component('trigger', { button: 0 }),
    'xr-standard-squeeze': component('squeeze', { button: 1 }),
    'xr-standard-touchpad': component('touchpad', { button: 2, xAxis: 0, yAxis: 1 }),
    'xr-standard-thumbstick': component('thumbstick', { button: 3, xAxis: 2, yAxis: 3 }),
  },
  gamepadMapping: 'xr-standard',
  rootNodeName: 'xr-standard',
  assetPath: '',
}

/** Same interface as @pmndrs/xr's loader; answers at once, from memory, with no network. */
export class XRControllerLayoutLoader {
  constructor(_options?: XRControllerLayoutLoaderOptions) {}

  load(_profileIds: ReadonlyArray<string>, _handedness: XRHandedness): XRControllerLayout {
    return XR_STANDARD_LAYOUT
  }

  loadAsync = this.load
}
