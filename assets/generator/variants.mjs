// A product's variants come from one table keyed by variant name, e.g.
// { Sage: ['#8f9e84', '#a9b79e'] }, whose first value is the swatch the manifest
// shows. The manifest's variant list and the glTF material slot both read it,
// so the two cannot drift apart.
import { variantSlot } from './document.mjs'

/** The manifest's `variants`: one per table row, the glTF variant named as the row, the first value as swatch. */
export function manifestVariants(table) {
  return Object.entries(table).map(([name, [swatch]]) => ({
    id: name.toLowerCase(),
    name,
    gltfVariant: name,
    swatch,
  }))
}

/** A material slot with one material per table row: `spec(name, values)` describes it; the first row is default. */
export function tableSlot(ctx, table, spec) {
  return variantSlot(ctx, Object.fromEntries(Object.entries(table).map(([name, values]) => [name, spec(name, values)])))
}
