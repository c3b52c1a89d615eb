import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { TrackerLike } from '../events/types'
import type { ChatLike } from '../chat/types'

/** What `<VitrineProvider>` gives every component below it: the tracker and the chat. */
export interface VitrineContextValue {
  /** Receives every component's events. Without one, components still work and send nothing. */
  tracker?: TrackerLike
  /** The store's chat hand-off, used by "Ask about this". */
  chat?: ChatLike
}

const VitrineContext = createContext<VitrineContextValue>({})

/** Props of `<VitrineProvider>`. */
export interface VitrineProviderProps extends VitrineContextValue {
  children?: ReactNode
}

/** Gives every Vitrine component below it the store's tracker and chat. */
export function VitrineProvider({ tracker, chat, children }: VitrineProviderProps) {
  const value = useMemo(() => ({ tracker, chat }), [tracker, chat])
  return <VitrineContext.Provider value={value}>{children}</VitrineContext.Provider>
}

/** The tracker and chat of the nearest `<VitrineProvider>` (empty outside one). */
export function useVitrine(): VitrineContextValue {
  return useContext(VitrineContext)
}
