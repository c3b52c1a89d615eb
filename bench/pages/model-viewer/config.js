// model-viewer reads this global when each element is constructed: every
// decoder comes from this server, never from gstatic or jsdelivr.
self.ModelViewerElement = {
  dracoDecoderLocation: '/draco/',
  ktx2TranscoderLocation: '/basis/',
  lottieLoaderLocation: '/no-lottie/LottieLoader.js',
}
