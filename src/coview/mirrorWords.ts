// What the agent's mirror says: its status line and, in AR, where the
// product stands in the shopper's room. Plain functions, tested in Node.
import type { CoviewMirrorState } from './mirrorStore'
import type { CoviewArStatus } from './state'

/** The mirror's status line, by the state of the connection to the shopper's view. */
export const MIRROR_STATUS: Record<CoviewMirrorState['status'], string> = {
  connecting: 'Connecting to the shopper’s view…',
  waiting: 'Waiting for the shopper’s view…',
  live: 'Live: you see the product as the shopper sees it (never their camera).',
  ended: 'The shopper stopped sharing.',
  refused: 'This live view could not be opened: the link has expired or is not valid.',
}

/** "Placed on the floor, 1.8 m from them" for the badge over the mirror; empty outside AR. */
export function describeAr(ar: CoviewArStatus, placement: string | undefined): string {
  if (ar.status === 'searching')
    return `In their room: looking for ${placement === 'wall' ? 'a wall' : placement === 'table' ? 'a table' : 'the floor'}…`
  if (ar.status === 'placed') {
    const where = ar.surface ? `on the ${ar.surface}` : 'in their room'
    return `Placed ${where}${typeof ar.distance === 'number' ? `, ${ar.distance.toFixed(1)} m from them` : ''}`
  }
  return ''
}
