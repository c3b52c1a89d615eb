// Every sentence the try-on shows, in one place for translation. A store
// replaces any of them through `<LipTryOn strings={{ … }}>`.

/** How a suggested shade differs from one the shopper tried. */
export type DifferenceWord = 'lighter' | 'deeper' | 'more vivid' | 'softer' | 'warmer' | 'cooler'

/** Every word the try-on shows, in English by default; pass a partial copy as `strings` to `<LipTryOn>`. */
export const TRYON_TEXT = {
  introTitle: 'Try it on with your camera',
  intro: (product: string) =>
    `We use your front camera to show ${product} on your lips. The video stays on this phone: nothing is recorded or sent anywhere.`,
  startCamera: 'Turn on camera',
  resumeCamera: 'Turn the camera back on',
  usePhoto: 'Use a photo instead',
  chooseAnotherPhoto: 'Choose another photo',
  starting: 'Starting the camera…',
  startingPhoto: 'Finding your face…',
  /** Shown over the camera image while the face model downloads. */
  loadingModel: (loadedMb: string, totalMb: string) => `Getting the try-on ready: ${loadedMb} of ${totalMb} MB`,
  loadingLabel: 'Try-on download',
  cancel: 'Cancel',
  noFace: 'Move into the frame, face the light',
  noFacePhoto: 'No face found in this photo. Try one where your face is in the light, looking at the camera.',
  deniedTitle: 'Camera access is blocked',
  denied:
    'To allow it, tap the camera or lock icon next to the address, set Camera to Allow, then try again. Or try the shades on a photo: it never leaves this phone either.',
  noCameraTitle: 'No camera available',
  noCamera: 'This device has no camera we can use. You can try the shades on a photo instead.',
  errorTitle: 'Try-on could not start',
  tryAgain: 'Try again',
  intensity: 'Intensity',
  compare: 'Compare before and after',
  compareHandle: 'Drag to compare before and after',
  before: 'Before',
  after: 'After',
  snapshot: 'Save or share this look',
  shades: 'Shades',
  suggestions: 'You might also like',
  /** The switch for suggestions read from the shopper's own lip and skin colour (on this phone only). */
  toneToggle: 'Suggest shades from my own colouring (stays on this phone)',
  naturalLip: 'Close to your natural lip colour',
  skinWarm: 'Warm, like the undertone of your skin',
  skinCool: 'Cool, like the undertone of your skin',
  comparedWithTried: (word: DifferenceWord, slight: boolean, tried: string, finish: string | null) =>
    `${slight ? `A little ${word}` : word[0].toUpperCase() + word.slice(1)} than ${tried}, which you tried${finish ? `, in ${finish}` : ''}`,
  sameAsTried: (tried: string, finish: string | null) =>
    `Almost the same as ${tried}, which you tried${finish ? `, in ${finish}` : ''}`,
  invalidProduct: 'This product cannot be tried on',
  noShades: 'This product has no shades to try on.',
}

/** The try-on's texts; pass some of them as `strings` to replace them. */
export type TryOnStrings = typeof TRYON_TEXT
