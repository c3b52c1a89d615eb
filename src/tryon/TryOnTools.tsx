import type { Shade } from '../product'
import { ShadePicker } from './ShadePicker'
import type { TryOnStrings } from './strings'
import type { Suggestion } from './suggestions'
import type { TryOnSession } from './tryOnSession'
import { isTracking, type TryOnState } from './tryOnStore'

/** Props of the try-on's built-in tools. */
export interface TryOnToolsProps {
  session: TryOnSession
  state: Pick<TryOnState, 'status' | 'mode' | 'intensity' | 'split' | 'toneSuggestions'>
  shades: Shade[]
  shade: Shade | null
  suggestions: Suggestion[]
  text: TryOnStrings
  /** Name of the snapshot file, without the extension. */
  snapshotName: string
  onChoosePhoto(): void
}

/** Swatches with suggestions, intensity, compare, snapshot and "use a photo" under the picture. */
export function TryOnTools({
  session,
  state,
  shades,
  shade,
  suggestions,
  text,
  snapshotName,
  onChoosePhoto,
}: TryOnToolsProps) {
  const tracking = isTracking(state.status)
  return (
    <div className="vitrine-tryon-tools">
      <ShadePicker
        shades={shades}
        selectedId={shade?.id}
        suggestions={suggestions}
        onSelect={(s) => session.selectShade(s)}
        text={text}
        toneSuggestions={state.toneSuggestions}
        onToneSuggestions={(on) => session.setToneSuggestions(on)}
      />
      <div className="vitrine-tryon-row">
        <label>
          {text.intensity}
          <input
            type="range"
            min={0}
            max={100}
            value={Math.round(state.intensity * 100)}
            data-control="intensity"
            onChange={(e) => session.setIntensity(Number(e.currentTarget.value) / 100)}
          />
        </label>
        <button
          type="button"
          className="vitrine-button"
          data-variant="ghost"
          data-action="compare"
          aria-pressed={state.split > 0}
          disabled={!tracking}
          onClick={() => session.toggleCompare()}
        >
          {text.compare}
        </button>
        <button
          type="button"
          className="vitrine-button"
          data-action="snapshot"
          disabled={!tracking}
          onClick={() => void session.shareSnapshot(`${snapshotName}.png`, shade?.id)}
        >
          {text.snapshot}
        </button>
        {state.mode !== null && (
          <button
            type="button"
            className="vitrine-button"
            data-variant="ghost"
            data-action="photo"
            onClick={onChoosePhoto}
          >
            {text.usePhoto}
          </button>
        )}
      </div>
    </div>
  )
}
