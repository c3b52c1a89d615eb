/** Props of `<CoviewChoice>`: a yes and a no, each with its `data-action`. */
export interface CoviewChoiceProps {
  yes: { label: string; action: string; onClick(): void; ref?: React.Ref<HTMLButtonElement> }
  no: { label: string; action: string; onClick(): void }
}

/** The two buttons under the share prompt and under a suggestion: the yes first, the no as a ghost. */
export function CoviewChoice({ yes, no }: CoviewChoiceProps) {
  return (
    <div className="vitrine-coview-row">
      <button ref={yes.ref} type="button" className="vitrine-button" data-action={yes.action} onClick={yes.onClick}>
        {yes.label}
      </button>
      <button
        type="button"
        className="vitrine-button"
        data-variant="ghost"
        data-action={no.action}
        onClick={no.onClick}
      >
        {no.label}
      </button>
    </div>
  )
}
