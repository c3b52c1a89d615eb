import { SplitHandle } from './SplitHandle'
import type { TryOnStrings } from './strings'
import type { TryOnSession } from './tryOnSession'

/** Props of the before/after labels and divider. */
export interface CompareOverlayProps {
  session: TryOnSession
  /** Divider position, 0..1 across the picture. */
  split: number
  imageSize: { w: number; h: number }
  text: TryOnStrings
}

/** "Before" and "After" on either side of the draggable divider. */
export function CompareOverlay({ session, split, imageSize, text }: CompareOverlayProps) {
  return (
    <>
      <span className="vitrine-tryon-label" style={{ left: 10 }}>
        {text.before}
      </span>
      <span className="vitrine-tryon-label" style={{ right: 10 }}>
        {text.after}
      </span>
      <SplitHandle
        value={split}
        imageWidth={imageSize.w}
        imageHeight={imageSize.h}
        label={text.compareHandle}
        onChange={(v) => session.setSplit(v)}
        onRelease={() => session.releaseSplit()}
      />
    </>
  )
}
