// Synchronous key-value storage for the persisted queue. localStorage, not
// IndexedDB, because the queue must be written inside `pagehide`, where an
// asynchronous write may never complete.

export interface QueueStorage {
  get(key: string): string | null
  /** Throws when the quota is exceeded. */
  set(key: string, value: string): void
  remove(key: string): void
  keys(prefix: string): string[]
}

export function localQueueStorage(): QueueStorage | null {
  let ls: Storage | undefined
  try {
    ls = globalThis.localStorage
    if (!ls) return null
    const probe = '__vitrine_probe__'
    ls.setItem(probe, '1')
    ls.removeItem(probe)
  } catch {
    return null
  }
  const store = ls
  return {
    get: (k) => store.getItem(k),
    set: (k, v) => store.setItem(k, v),
    remove: (k) => store.removeItem(k),
    keys(prefix) {
      const out: string[] = []
      for (let i = 0; i < store.length; i++) {
        const k = store.key(i)
        if (k?.startsWith(prefix)) out.push(k)
      }
      return out
    },
  }
}

export function memoryQueueStorage(): QueueStorage {
  const map = new Map<string, string>()
  return {
    get: (k) => map.get(k) ?? null,
    set: (k, v) => {
      map.set(k, v)
    },
    remove: (k) => {
      map.delete(k)
    },
    keys: (prefix) => [...map.keys()].filter((k) => k.startsWith(prefix)),
  }
}
