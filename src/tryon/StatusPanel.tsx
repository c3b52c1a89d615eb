import type { CameraProblem } from './camera'
import { TRYON_TEXT } from './strings'
import type { TryOnMode, TryOnStatus } from './tryOnController'

export interface StatusPanelProps {
  status: TryOnStatus
  mode: TryOnMode | null
  problem?: CameraProblem
  message?: string
  productName: string
  /** The camera was on before (tab hidden, stopped): offer to turn it back on. */
  resumed: boolean
  onStartCamera(): void
  onChoosePhoto(): void
}

/** What the shopper sees and can do in each state other than tracking. */
export function StatusPanel({ status, mode, problem, message, productName, resumed, onStartCamera, onChoosePhoto }: StatusPanelProps) {
  const photoButton = (
    <button type="button" className="vitrine-button" data-variant="ghost" data-action="photo" onClick={onChoosePhoto}>
      {mode === 'photo' ? TRYON_TEXT.chooseAnotherPhoto : TRYON_TEXT.usePhoto}
    </button>
  )
  if (status === 'idle') {
    return (
      <div className="vitrine-panel" data-panel="intro">
        <h3>{TRYON_TEXT.introTitle}</h3>
        <p>{TRYON_TEXT.intro(productName)}</p>
        <div className="vitrine-tryon-actions">
          <button type="button" className="vitrine-button" data-action="camera" onClick={onStartCamera}>
            {resumed ? TRYON_TEXT.resumeCamera : TRYON_TEXT.startCamera}
          </button>
          {photoButton}
        </div>
      </div>
    )
  }
  if (status === 'starting') {
    return <div className="vitrine-progress-label" role="status">{mode === 'photo' ? TRYON_TEXT.startingPhoto : TRYON_TEXT.starting}</div>
  }
  if (status === 'no-face') {
    if (mode === 'photo') {
      return (
        <div className="vitrine-panel" role="status" data-panel="no-face">
          <p>{TRYON_TEXT.noFacePhoto}</p>
          <div className="vitrine-tryon-actions">{photoButton}</div>
        </div>
      )
    }
    return <div className="vitrine-prompt" role="status" data-panel="no-face">{TRYON_TEXT.noFace}</div>
  }
  if (status === 'denied') {
    const noCamera = problem === 'no-camera'
    return (
      <div className="vitrine-panel" role="alert" data-panel={noCamera ? 'no-camera' : 'denied'}>
        <h3>{noCamera ? TRYON_TEXT.noCameraTitle : TRYON_TEXT.deniedTitle}</h3>
        <p>{noCamera ? TRYON_TEXT.noCamera : TRYON_TEXT.denied}</p>
        <div className="vitrine-tryon-actions">
          {photoButton}
          {!noCamera && <button type="button" className="vitrine-button" data-variant="ghost" data-action="camera" onClick={onStartCamera}>{TRYON_TEXT.tryAgain}</button>}
        </div>
      </div>
    )
  }
  if (status === 'error') {
    return (
      <div className="vitrine-panel" role="alert" data-panel="error">
        <h3>{TRYON_TEXT.errorTitle}</h3>
        {message && <p>{message}</p>}
        <div className="vitrine-tryon-actions">
          {photoButton}
          <button type="button" className="vitrine-button" data-variant="ghost" data-action="camera" onClick={onStartCamera}>{TRYON_TEXT.tryAgain}</button>
        </div>
      </div>
    )
  }
  return null
}
