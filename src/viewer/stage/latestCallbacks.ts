// A stage lives longer than one render of its React binding: it calls the
// callbacks of the latest props, not those it was created with.

import type { StageCallbacks } from './createStage'

/** Stage callbacks that each call the same callback of `latest.current` at call time. */
export function latestCallbacks(latest: { readonly current: StageCallbacks }): StageCallbacks {
  return {
    onReady: (info) => latest.current.onReady(info),
    onError: (error) => latest.current.onError(error),
    onInteraction: (kind) => latest.current.onInteraction(kind),
    onViewChange: () => latest.current.onViewChange(),
    onTextureFailures: (failures) => latest.current.onTextureFailures(failures),
  }
}
