import { nextVideoFrame } from './camera'

export interface CameraFrame {
  /** Transferable to the landmark worker. */
  input: VideoFrame | ImageBitmap
  /** performance.now() when the frame became available. */
  availableAt: number
}

declare const MediaStreamTrackProcessor:
  | {
      new (init: { track: MediaStreamTrack; maxBufferSize?: number }): { readable: ReadableStream<VideoFrame> }
    }
  | undefined

/**
 * Camera frames one at a time, newest first. Where the browser has
 * MediaStreamTrackProcessor (Chromium) the frames come straight from the
 * capture pipeline as VideoFrames in CPU memory: copying those is cheap, while
 * a bitmap of the <video> element lives on the GPU and costs ~90 ms to hand to
 * the worker's WebGL context on a software GPU (measured here). Elsewhere it
 * falls back to bitmaps of the video element.
 */
export function cameraFrames(
  video: HTMLVideoElement,
  stream: MediaStream,
): { next(): Promise<CameraFrame | null>; close(): void } {
  const track = stream.getVideoTracks()[0]
  if (typeof MediaStreamTrackProcessor === 'function' && track) {
    // maxBufferSize 1: while a frame is being processed, older ones are dropped, never queued.
    const reader = new MediaStreamTrackProcessor({ track, maxBufferSize: 1 }).readable.getReader()
    return {
      async next() {
        const { value, done } = await reader.read()
        if (done || !value) return null
        return { input: value, availableAt: performance.now() }
      },
      close() {
        void reader.cancel().catch(() => {})
      },
    }
  }
  return {
    async next() {
      const availableAt = await nextVideoFrame(video)
      if (!video.videoWidth) return this.next()
      return { input: await createImageBitmap(video), availableAt }
    },
    close() {},
  }
}
