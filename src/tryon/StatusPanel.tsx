import type { CameraProblem } from './camera'
import type { TryOnStrings } from './strings'
import type { TryOnMode, TryOnStatus } from './tryOnStore'

export interface StatusPanelProps {
  status: TryOnStatus
  mode: TryOnMode | null
  problem?: CameraProblem
  message?: string
  productName: string
  /** The camera was on before (tab hidden, stopped): offer to turn it back on. */
  resumed: boolean
  /** Model download in bytes while starting. */
  progress: { loaded: number; total: number } | null
  /** The camera image is already on screen: show the progress as a bar over it. */
  previewing: boolean
  text: TryOnStrings
  onStartCamera(): void
  onChoosePhoto(): void
  onCancel(): void
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1)

/** What the shopper sees and can do in each state other than tracking. */
export function StatusPanel(props: StatusPanelProps) {
  const {
    status,
    mode,
    problem,
    message,
    productName,
    resumed,
    progress,
    previewing,
    text,
    onStartCamera,
    onChoosePhoto,
    onCancel,
  } = props
  const photoButton = (
    <button type="button" className="vitrine-button" data-variant="ghost" data-action="photo" onClick={onChoosePhoto}>
      {mode === 'photo' ? text.chooseAnotherPhoto : text.usePhoto}
    </button>
  )
  const tryCameraAgain = (
    <button type="button" className="vitrine-button" data-variant="ghost" data-action="camera" onClick={onStartCamera}>
      {text.tryAgain}
    </button>
  )
  if (status === 'idle') {
    return (
      <div className="vitrine-panel" data-panel="intro">
        <h3>{text.introTitle}</h3>
        <p>{text.intro(productName)}</p>
        <div className="vitrine-tryon-actions">
          <button type="button" className="vitrine-button" data-action="camera" onClick={onStartCamera}>
            {resumed ? text.resumeCamera : text.startCamera}
          </button>
          {photoButton}
        </div>
      </div>
    )
  }
  if (status === 'starting') {
    const downloading = progress && progress.loaded < progress.total
    return (
      <div
        className={previewing ? 'vitrine-tryon-loading' : 'vitrine-progress-label'}
        role="status"
        data-panel="starting"
        data-previewing={previewing || undefined}
      >
        <span>
          {downloading
            ? text.loadingModel(mb(progress.loaded), mb(progress.total))
            : mode === 'photo'
              ? text.startingPhoto
              : text.starting}
        </span>
        {downloading && (
          <progress
            aria-label={text.loadingLabel}
            max={progress.total}
            value={progress.loaded}
            data-progress-loaded={progress.loaded}
            data-progress-total={progress.total}
          />
        )}
        <button type="button" className="vitrine-button" data-variant="ghost" data-action="cancel" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    )
  }
  if (status === 'no-face') {
    if (mode === 'photo') {
      return (
        <div className="vitrine-panel" role="status" data-panel="no-face">
          <p>{text.noFacePhoto}</p>
          <div className="vitrine-tryon-actions">{photoButton}</div>
        </div>
      )
    }
    return (
      <div className="vitrine-prompt" role="status" data-panel="no-face">
        {text.noFace}
      </div>
    )
  }
  if (status === 'denied') {
    const noCamera = problem === 'no-camera'
    return (
      <div className="vitrine-panel" role="alert" data-panel={noCamera ? 'no-camera' : 'denied'}>
        <h3>{noCamera ? text.noCameraTitle : text.deniedTitle}</h3>
        <p>{noCamera ? text.noCamera : text.denied}</p>
        <div className="vitrine-tryon-actions">
          {photoButton}
          {!noCamera && tryCameraAgain}
        </div>
      </div>
    )
  }
  if (status === 'error') {
    return (
      <div className="vitrine-panel" role="alert" data-panel="error">
        <h3>{text.errorTitle}</h3>
        {message && <p>{message}</p>}
        <div className="vitrine-tryon-actions">
          {photoButton}
          {tryCameraAgain}
        </div>
      </div>
    )
  }
  return null
}
