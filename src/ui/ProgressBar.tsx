export interface ProgressBarProps {
  /** 0..1, or undefined while the total is unknown. */
  value: number | undefined
  label: string
}

/** A real progress bar: bytes received over total, indeterminate while the total is unknown. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const percent = value === undefined ? undefined : Math.round(value * 100)
  return (
    <>
      <div className="vitrine-progress-label" aria-hidden>
        {label}
      </div>
      <div
        className="vitrine-progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-indeterminate={percent === undefined ? '' : undefined}
      >
        <i style={{ width: `${percent ?? 0}%` }} />
      </div>
    </>
  )
}
