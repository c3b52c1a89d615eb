import type { Material, Object3D, Texture } from 'three'

/** Frees every GPU resource reachable from these roots and materials. */
export function disposeObjects(roots: Object3D[], extraMaterials: Iterable<Material> = []): void {
  const materials = new Set<Material>(extraMaterials)
  for (const root of roots) {
    root.traverse((node) => {
      const mesh = node as Partial<import('three').Mesh>
      mesh.geometry?.dispose()
      const m = mesh.material
      if (Array.isArray(m)) m.forEach((x) => materials.add(x))
      else if (m) materials.add(m)
    })
  }
  for (const material of materials) {
    for (const value of Object.values(material)) {
      if ((value as Texture | null)?.isTexture) disposeTexture(value as Texture)
    }
    material.dispose()
  }
}

function disposeTexture(texture: Texture): void {
  texture.dispose()
  const data = texture.source?.data as { close?: () => void } | undefined
  data?.close?.() // ImageBitmaps hold decoded pixels until closed
}
