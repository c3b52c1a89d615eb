export interface ErrorPanelProps {
  message: string
  retryLabel?: string
  onRetry?: () => void
}

/** A human message over the viewer, with a way out. */
export function ErrorPanel({ message, retryLabel, onRetry }: ErrorPanelProps) {
  return (
    <div className="vitrine-panel" role="alert">
      <p style={{ margin: 0 }}>{message}</p>
      {onRetry && retryLabel && (
        <button type="button" className="vitrine-button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  )
}
