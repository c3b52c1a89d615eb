import { toMetres, type Dimensions } from '../../product'
import type { Vec3 } from './dimensionEdges'

const AXES = ['width', 'height', 'depth'] as const

/** How the model's measured size compares with the manifest's `dimensions`. */
export type TrueSizeCheck =
  | { status: 'unlisted'; measured: Vec3 }
  | { status: 'match'; measured: Vec3; listed: Vec3 }
  | {
      status: 'mismatch'
      measured: Vec3
      listed: Vec3
      /** measured / listed, per axis [width, height, depth]. */
      ratios: Vec3
      /** The axis that is furthest off. */
      worstAxis: (typeof AXES)[number]
      /** The most likely reason, in words, for the developer. */
      likelyCause: string
    }

/**
 * Compares the size the model measures (metres, [width, height, depth]) with
 * the size the manifest lists. More than `tolerance` (2%) off on any axis is a
 * mismatch, with a guess at the cause: most such files were exported in the
 * wrong unit (glTF is metres) or with the wrong up axis.
 */
export function checkTrueSize(measured: Vec3, dimensions: Dimensions | undefined, tolerance = 0.02): TrueSizeCheck {
  if (!dimensions) return { status: 'unlisted', measured }
  const listed = toMetres(dimensions)
  const ratios = measured.map((v, i) => v / listed[i]) as Vec3
  const off = ratios.map((r) => Math.abs(Math.log(r)))
  if (ratios.every((r) => Math.abs(r - 1) <= tolerance)) return { status: 'match', measured, listed }
  const worst = off.indexOf(Math.max(...off))
  return {
    status: 'mismatch',
    measured,
    listed,
    ratios,
    worstAxis: AXES[worst],
    likelyCause: likelyCause(measured, listed, ratios, dimensions, tolerance),
  }
}

const UNIT_MISTAKES: { factor: number; cause: string }[] = [
  { factor: 100, cause: 'the model was exported in centimetres (glTF units are metres): scale it by 0.01 on export' },
  { factor: 1000, cause: 'the model was exported in millimetres (glTF units are metres): scale it by 0.001 on export' },
  {
    factor: 1 / 0.0254,
    cause: 'the model was exported in inches (glTF units are metres): scale it by 0.0254 on export',
  },
  { factor: 1 / 0.3048, cause: 'the model was exported in feet (glTF units are metres): scale it by 0.3048 on export' },
  { factor: 10, cause: 'the model is 10× too large: a scale left on its root node, or decimetre units' },
  {
    factor: 0.01,
    cause: "the model is 100× smaller than listed: check the manifest's unit, or a model exported with a 0.01 scale",
  },
  { factor: 0.001, cause: "the model is 1000× smaller than listed: check the manifest's unit" },
  {
    factor: 0.0254,
    cause: 'the model is about 40× smaller than listed: the manifest may be in inches while saying otherwise',
  },
]

function likelyCause(measured: Vec3, listed: Vec3, ratios: Vec3, dimensions: Dimensions, tolerance: number): string {
  const near = (a: number, b: number, tol = 0.05) => Math.abs(Math.log(a / b)) <= Math.log(1 + tol)
  const uniform = near(Math.max(...ratios), Math.min(...ratios))
  if (uniform) {
    const k = Math.cbrt(ratios[0] * ratios[1] * ratios[2])
    const known = UNIT_MISTAKES.find((m) => near(k, m.factor))
    if (known) return known.cause
    return `the model is uniformly ${formatFactor(k)}× the listed size: check its export scale and the manifest (unit "${dimensions.unit}")`
  }
  const fits = (order: [number, number, number]) => order.every((j, i) => near(measured[j], listed[i], tolerance))
  if (fits([0, 2, 1])) return 'height and depth are swapped: the model was exported Z-up (glTF is Y-up)'
  if (fits([2, 1, 0])) return "width and depth are swapped: the model faces sideways (a glTF model's front faces +Z)"
  return 'the proportions differ, not just the scale: the manifest may describe another model or include packaging'
}

function formatFactor(k: number): string {
  return k >= 10 ? k.toFixed(0) : k >= 1 ? k.toFixed(2) : k.toPrecision(2)
}

/** Developer warnings are on in development builds, or when a page sets `globalThis.__VITRINE_DEV__ = true`. */
export function developerWarningsOn(): boolean {
  const forced = (globalThis as { __VITRINE_DEV__?: boolean }).__VITRINE_DEV__
  if (typeof forced === 'boolean') return forced
  // Bundlers replace process.env.NODE_ENV; in a plain browser `process` is undefined.
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return true
  }
}

/** The console warning for a mismatch, naming the product, both sizes and the likely cause. */
export function describeMismatch(productId: string, check: Extract<TrueSizeCheck, { status: 'mismatch' }>): string {
  const m = (v: Vec3) => v.map((x) => x.toFixed(3)).join(' × ')
  const pct = Math.round(Math.abs(check.ratios[AXES.indexOf(check.worstAxis)] - 1) * 100)
  return (
    `[vitrine] Product "${productId}": the 3D model measures ${m(check.measured)} m (W × H × D) but its manifest lists ${m(check.listed)} m ` +
    `(${check.worstAxis} ${pct}% off, more than 2%). Likely cause: ${check.likelyCause}. ` +
    'The viewer shows the model at its own measured size.'
  )
}
