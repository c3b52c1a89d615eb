// A handheld phone for IWER: IWER ships headset profiles only, so this is a
// small XRDeviceConfig with screen-space interaction, no controllers, and
// screen touches as 'screen' input sources that fire selectstart/select/selectend
// inside a frame, as a phone's transient touches do.
import { P_DEVICE, P_SPACE, XRDevice, XRInputSource, XRInputSourceEvent, XRSpace, type XRDeviceConfig } from 'iwer'
import { SyntheticEnvironmentModule } from '@iwer/sem'

export const handheldPhone = {
  name: 'Vitrine handheld phone (emulated)',
  controllerConfig: undefined,
  supportedSessionModes: ['inline', 'immersive-ar'],
  supportedFeatures: ['viewer', 'local', 'local-floor', 'hit-test', 'anchors', 'plane-detection', 'dom-overlay'],
  supportedFrameRates: [30, 60],
  isSystemKeyboardSupported: false,
  internalNominalFrameRate: 60,
  environmentBlendModes: { 'immersive-ar': 'alpha-blend' },
  interactionMode: 'screen-space',
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36',
} as unknown as XRDeviceConfig

type Vec = { x: number; y: number; z: number }

/** One finger on the screen: a 'screen' input source whose ray we aim at a world point. */
export class ScreenTouch {
  connected = false
  readonly inputSource: XRInputSource
  private pending: string[] = []
  private matrix = new Float32Array(16)

  constructor(
    private device: XRDevice,
    id: number,
  ) {
    const d = (device as any)[P_DEVICE]
    const space = new XRSpace(d.globalSpace)
    this.inputSource = new (XRInputSource as any)('none', 'screen', ['generic-touchscreen'], space)
    d.controllers[`touch-${id}`] = this
  }

  /** Point the touch ray from the phone's camera at a world point (metres, local-floor). */
  aimAt(target: Vec): void {
    const p = this.device.position
    const dir = { x: target.x - p.x, y: target.y - p.y, z: target.z - p.z }
    const len = Math.hypot(dir.x, dir.y, dir.z)
    const z = { x: -dir.x / len, y: -dir.y / len, z: -dir.z / len } // the ray looks down -Z
    const upRef = Math.abs(z.y) > 0.99 ? { x: 0, y: 0, z: 1 } : { x: 0, y: 1, z: 0 }
    const x = norm(cross(upRef, z))
    const y = cross(z, x)
    this.matrix.set([x.x, x.y, x.z, 0, y.x, y.y, y.z, 0, z.x, z.y, z.z, 0, p.x, p.y, p.z, 1])
    ;(this.inputSource.targetRaySpace as any)[P_SPACE].offsetMatrix.set(this.matrix)
  }

  down(target: Vec): void {
    this.aimAt(target)
    this.connected = true
    this.pending.push('selectstart')
  }
  /** Lifts the finger: select then selectend, like a tap's end. */
  up(): void {
    this.pending.push('select', 'selectend', 'disconnect')
  }

  onFrameStart(frame: XRFrame): void {
    const session = frame.session
    for (const type of this.pending.splice(0)) {
      if (type === 'disconnect') {
        this.connected = false
        continue
      }
      session.dispatchEvent(new (XRInputSourceEvent as any)(type, { frame, inputSource: this.inputSource }))
    }
  }
}

const cross = (a: Vec, b: Vec): Vec => ({
  x: a.y * b.z - a.z * b.y,
  y: a.z * b.x - a.x * b.z,
  z: a.x * b.y - a.y * b.x,
})
const norm = (v: Vec): Vec => {
  const l = Math.hypot(v.x, v.y, v.z)
  return { x: v.x / l, y: v.y / l, z: v.z / l }
}

export async function installHandheld(opts: { room?: string; rejectSession?: boolean } = {}) {
  const device = new XRDevice(handheldPhone, { stereoEnabled: false })
  device.installRuntime({ forceInstall: true })
  device.installSEM(SyntheticEnvironmentModule as any)
  await device.sem!.loadDefaultEnvironment(opts.room ?? 'living_room')
  const a = (-55 * Math.PI) / 180
  device.quaternion.set(Math.sin(a / 2), 0, 0, Math.cos(a / 2))
  if (opts.rejectSession) {
    const xr = navigator.xr as XRSystem
    xr.requestSession = () => Promise.reject(new DOMException('The device refused immersive-ar', 'NotSupportedError'))
  }
  return { device, touches: [new ScreenTouch(device, 0), new ScreenTouch(device, 1)] }
}
