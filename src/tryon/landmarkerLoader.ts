// The landmark worker and its model, started once and shared by every start of
// one try-on; the download can be cancelled while it runs.

import type { DownloadProgress } from './modelDownload'
import type { Landmarker } from './landmarker'
import type { FaceModel } from './faceAssets'

/** Where the model comes from and who hears about its download. */
export interface LandmarkerLoaderOptions {
  /** Base URL of a store's own copy of the face model files. */
  assetBase?: string
  model: FaceModel
  /** Download progress in bytes, while the model downloads. */
  onProgress(progress: DownloadProgress): void
  /** The landmarker is ready; `filesFromCache` files of it came from the cache. */
  onReady(filesFromCache: number): void
}

/** Starts the landmarker on the first `get()`; a failed or cancelled start is tried again on the next. */
export class LandmarkerLoader {
  private landmarker: Promise<Landmarker> | null = null
  private download: AbortController | null = null

  constructor(private readonly opts: LandmarkerLoaderOptions) {}

  /** The landmarker, started now if it is not running or starting. */
  get(): Promise<Landmarker> {
    if (!this.landmarker) {
      const download = new AbortController()
      this.download = download
      // The worker and its engine are their own chunk, shared with a prefetch that may have loaded it.
      const started = import('./landmarker').then(({ createLandmarker }) =>
        createLandmarker({
          assetBase: this.opts.assetBase,
          model: this.opts.model,
          signal: download.signal,
          onProgress: (p) => this.opts.onProgress(p),
        }),
      )
      this.landmarker = started
      started.then(
        (l) => this.opts.onReady(l.filesFromCache),
        () => {
          // Only this start failed: a newer one (after a cancel) stays.
          if (this.landmarker === started) this.landmarker = null
        },
      )
    }
    return this.landmarker
  }

  /** Stops the download and the worker; the files already downloaded stay cached for the next start. */
  close(): void {
    this.download?.abort()
    this.download = null
    this.landmarker?.then(
      (l) => l.close(),
      () => {},
    )
    this.landmarker = null
  }
}
