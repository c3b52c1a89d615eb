// Reads the live preview's state off its own attributes (the same ones CSS and
// tests see inside the shadow root), so the host can reflect them for the page.

export interface InnerState {
  /** The inline viewer's `data-vitrine-state` (a lipstick has no viewer: `ready`). */
  state: string
  error?: string
  arStatus?: string
  arMode?: string
  tryonStatus?: string
  /** 0..1 while the model downloads with a known size, else undefined. */
  progress?: number
}

export function readInnerState(mount: ParentNode): InnerState | null {
  const preview = mount.querySelector('.vitrine-preview')
  if (!preview) {
    const errorRoot = mount.querySelector('[data-vitrine-state]')
    return errorRoot ? { state: errorRoot.getAttribute('data-vitrine-state') ?? 'error' } : null
  }
  const viewer = preview.querySelector(':scope > .vitrine-root')
  const ar = preview.querySelector('[data-vitrine-room-placement]')
  const tryon = preview.querySelector('[data-tryon-status]')
  const bar = viewer?.querySelector('[role=progressbar]')
  const now = bar?.getAttribute('aria-valuenow')
  return {
    state: viewer?.getAttribute('data-vitrine-state') ?? preview.getAttribute('data-vitrine-state') ?? 'ready',
    error: viewer?.getAttribute('data-vitrine-error') ?? undefined,
    arStatus: ar?.getAttribute('data-ar-status') ?? undefined,
    arMode: ar?.getAttribute('data-ar-mode') ?? undefined,
    tryonStatus: tryon?.getAttribute('data-tryon-status') ?? undefined,
    progress: now ? Number(now) / 100 : undefined,
  }
}

/** True while "View in your room" is still detecting modes: the shell's button stays until React's is there. */
export function arStillDetecting(mount: ParentNode): boolean {
  return !!mount.querySelector('[data-vitrine-room-placement][data-vitrine-state=loading]')
}
