import { useEffect, useRef } from 'react'
import type { Coview } from './shopperStore'
import type { CoviewStrings } from './coviewStrings'
import { CoviewChoice } from './CoviewChoice'

/**
 * The consent step in plain words: what the agent will see and what never
 * leaves the device. Focus moves to its confirm button; Escape declines.
 */
export function CoviewPrompt({
  coview,
  strings,
  fromChat,
}: {
  coview: Coview
  strings: CoviewStrings
  fromChat: boolean
}) {
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => confirmRef.current?.focus(), [])
  return (
    <section
      className="vitrine-coview-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="vitrine-coview-title"
      data-coview="prompt"
      onKeyDown={(e) => {
        if (e.key === 'Escape') coview.cancel()
      }}
    >
      <h2 id="vitrine-coview-title">{fromChat ? strings.promptTitleFromChat : strings.promptTitle}</h2>
      <p>{strings.promptBody}</p>
      <CoviewChoice
        yes={{
          label: strings.confirm,
          action: 'coview-confirm',
          onClick: () => void coview.confirm(),
          ref: confirmRef,
        }}
        no={{ label: strings.decline, action: 'coview-decline', onClick: () => coview.cancel() }}
      />
    </section>
  )
}
