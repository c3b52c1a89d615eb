import type { ViewerStrings } from '../ui/strings'

export interface ViewerToolbarProps {
  strings: ViewerStrings
  /** The dimensions toggle, when the page lets the shopper control it. */
  dimensions?: { on: boolean; toggle(): void }
  share(): void
}

/** Small round buttons in the viewer's corner: dimensions and share. */
export function ViewerToolbar({ strings, dimensions, share }: ViewerToolbarProps) {
  return (
    <div className="vitrine-toolbar-corner">
      {dimensions && (
        <button type="button" className="vitrine-chip" aria-pressed={dimensions.on} onClick={dimensions.toggle}>
          {strings.dimensions}
        </button>
      )}
      <button type="button" className="vitrine-chip" onClick={share}>
        {strings.share}
      </button>
    </div>
  )
}
