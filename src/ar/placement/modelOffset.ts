import { Box3, Vector3, type Object3D } from 'three'
import type { Placement } from '../../product'

/**
 * How far to shift a model inside its placement frame so it rests on the
 * surface: floor pieces stand on their lowest point, centred over the
 * reticle; wall pieces put their back (lowest z) on the wall, centred on the
 * reticle. Computed at scale 1 from the model's own bounds.
 */
export function restingOffset(model: Object3D, placement: Placement): Vector3 {
  model.updateMatrixWorld(true)
  const box = new Box3().setFromObject(model, true)
  if (box.isEmpty()) return new Vector3()
  const centre = box.getCenter(new Vector3())
  if (placement === 'wall') return new Vector3(-centre.x, -centre.y, -box.min.z)
  return new Vector3(-centre.x, -box.min.y, -centre.z)
}

/** The model's real size in metres (bounding box), to check true scale. */
export function modelSize(model: Object3D): Vector3 {
  model.updateMatrixWorld(true)
  return new Box3().setFromObject(model, true).getSize(new Vector3())
}
