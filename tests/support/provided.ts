// What the browser tests' global setup hands every test file through inject().
import 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The loopback origin serving the harness pages, /assets and /shared. */
    origin: string
    /** Whether ../shared/assets exists (tests that need it skip with a note when it doesn't). */
    sharedAssets: boolean
  }
}
