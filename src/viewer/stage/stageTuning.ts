/**
 * Switches on the load path, so bench/viewer/levers.mjs can measure each one
 * against the others in one run (it sets them from the page's query string).
 * Not public API; the defaults are the measured best (see bench/RESULTS.md).
 */
export const stageTuning = {
  /** Compile the model's programs with `compileAsync` (KHR_parallel_shader_compile) before its first frame. */
  compileAsync: true,
  /** Prefilter the environment while the model downloads, instead of after it is parsed. */
  environmentDuringDownload: false,
  /** Bake the contact shadow after the first frame with the model, instead of before it. */
  shadowAfterFirstFrame: true,
}
