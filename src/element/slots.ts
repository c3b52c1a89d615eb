// The store's own poster, progress bar and AR button: named slots over the
// element's own drawing. The host gets `data-own-<slot>` while a slot holds
// something, so the element's CSS hides its own version.

/** The overlay with the three slots; a click on the slotted AR button calls `onArButton`. */
export function createSlotOverlays(host: HTMLElement, onArButton: () => void): HTMLElement {
  const overlays = document.createElement('div')
  overlays.className = 'vitrine-overlays'
  overlays.innerHTML =
    '<div class="vitrine-own-poster"><slot name="poster"></slot></div>' +
    '<div class="vitrine-own-progress"><slot name="progress-bar"></slot></div>' +
    '<div class="vitrine-own-ar"><slot name="ar-button"></slot></div>'
  for (const slot of overlays.querySelectorAll('slot')) {
    const flag = `data-own-${slot.name}`
    slot.addEventListener('slotchange', () => host.toggleAttribute(flag, slot.assignedElements().length > 0))
  }
  overlays.querySelector('slot[name=ar-button]')!.addEventListener('click', onArButton)
  return overlays
}
