import type { Texture, WebGLRenderer } from 'three'
import { createEnvironment, type EnvironmentSource } from './environment'

/** A prefiltered environment held by one viewer; the last release frees it. */
export interface EnvironmentHandle {
  texture: Texture
  release(): void
}

interface Entry {
  texture: Promise<Texture>
  refs: number
}

const byRenderer = new WeakMap<WebGLRenderer, Map<string, Entry>>()

/**
 * The environment for `source`, prefiltered once per renderer however many
 * views of that renderer light with it: twelve cards on one shared context
 * pay for one PMREM pass and hold one texture.
 */
export async function acquireEnvironment(
  renderer: WebGLRenderer,
  source: EnvironmentSource,
): Promise<EnvironmentHandle> {
  let entries = byRenderer.get(renderer)
  if (!entries) byRenderer.set(renderer, (entries = new Map()))
  let entry = entries.get(source)
  if (!entry) {
    const created: Entry = { texture: createEnvironment(renderer, source), refs: 0 }
    created.texture.catch(() => {
      if (entries.get(source) === created) entries.delete(source)
    })
    entries.set(source, created)
    entry = created
  }
  entry.refs++
  const owned = entry
  let texture: Texture
  try {
    texture = await owned.texture
  } catch (err) {
    owned.refs--
    throw err
  }
  let released = false
  return {
    texture,
    release() {
      if (released) return
      released = true
      if (--owned.refs > 0 || entries.get(source) !== owned) return
      entries.delete(source)
      texture.dispose()
    },
  }
}
