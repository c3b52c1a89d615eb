// The front camera, and what went wrong when there is none.

export type CameraProblem = 'denied' | 'no-camera' | 'error'

export class CameraError extends Error {
  constructor(
    readonly problem: CameraProblem,
    message: string,
  ) {
    super(message)
    this.name = 'CameraError'
  }
}

/** Classifies a getUserMedia failure into what the shopper can do about it. */
export function cameraProblem(err: unknown): CameraProblem {
  const name = (err as { name?: string })?.name
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied'
  if (
    name === 'NotFoundError' ||
    name === 'DevicesNotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'NotReadableError'
  )
    return 'no-camera'
  return 'error'
}

/**
 * Opens the front camera at a size chosen for speed (640x480: enough for the
 * lips, cheap for the landmark model) and plays it into `video`.
 */
export async function openFrontCamera(video: HTMLVideoElement): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('no-camera', 'This browser cannot use a camera here')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 30 } },
    })
  } catch (err) {
    throw new CameraError(cameraProblem(err), String((err as Error)?.message ?? err))
  }
  video.muted = true
  video.playsInline = true
  video.srcObject = stream
  try {
    await video.play()
  } catch (err) {
    stopStream(stream)
    throw new CameraError('error', String((err as Error)?.message ?? err))
  }
  return stream
}

/** Stops every track: the camera light goes off. */
export function stopStream(stream: MediaStream | null | undefined): void {
  stream?.getTracks().forEach((t) => t.stop())
}

/** Resolves on the next decoded video frame, with the time it became available. */
export function nextVideoFrame(video: HTMLVideoElement): Promise<number> {
  return new Promise((resolve) => {
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback((now) => resolve(now))
    else requestAnimationFrame((now) => resolve(now))
  })
}
