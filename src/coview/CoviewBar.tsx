import type { Coview, CoviewShopperState } from './shopperStore'
import type { CoviewStrings } from './coviewStrings'
import { sharingMessage } from './shareWords'

/** "An agent is viewing" (or waiting, or reconnecting) with Stop sharing, for as long as the share runs. */
export function CoviewBar({
  coview,
  state,
  strings,
}: {
  coview: Coview
  state: CoviewShopperState
  strings: CoviewStrings
}) {
  return (
    <div
      className="vitrine-coview-bar"
      role="status"
      data-coview="bar"
      data-agents={state.agents}
      data-connection={state.connection}
    >
      <span>
        <span className="vitrine-coview-dot" aria-hidden="true" />
        {sharingMessage(state, strings)}
      </span>
      <button type="button" data-action="coview-stop" onClick={() => coview.stop()}>
        {strings.stopSharing}
      </button>
    </div>
  )
}
