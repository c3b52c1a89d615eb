import type { Product } from '../product'
import type { ArSessionControls } from '../ar/types'
import type { Coview } from './shopperStore'
import type { CoviewStrings } from './coviewStrings'
import { CoviewShare } from './CoviewShare'
import { useCoviewSessionApplier } from './useCoviewSessionApplier'

/** Props of `<CoviewInAr>`. */
export interface CoviewInArProps {
  coview: Coview
  product: Product
  /** The session's controls, from `<RoomPlacement inSession>`. */
  session: ArSessionControls
  strings?: Partial<CoviewStrings>
}

/**
 * The co-view inside a WebXR session: "Show an agent" with the same consent, the "An agent is viewing" bar
 * with Stop sharing, and the agent's suggested colour, applied in place on one tap.
 * `<RoomPlacement inSession={(session) => <CoviewInAr coview={coview} product={product} session={session} />}>`.
 */
export function CoviewInAr({ coview, product, session, strings }: CoviewInArProps) {
  useCoviewSessionApplier(coview, session.chooseVariant)
  return <CoviewShare coview={coview} product={product} strings={strings} place="ar" />
}
