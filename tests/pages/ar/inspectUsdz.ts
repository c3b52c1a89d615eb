// Reads a USDZ back with three's own USD loader (an independent parser), for the Quick Look test.
import { Box3, Vector3, type Mesh, type Material } from 'three'
import { USDLoader } from 'three/addons/loaders/USDLoader.js'

export async function inspectUsdz(href: string) {
  const buffer = await (await fetch(href.split('#')[0])).arrayBuffer()
  const group = new USDLoader().parse(buffer)
  group.updateMatrixWorld(true)
  const size = new Box3().setFromObject(group, true).getSize(new Vector3())
  const materials = new Set<string>()
  group.traverse((o) => {
    const m = (o as Mesh).material as Material | Material[] | undefined
    if (m) for (const mat of Array.isArray(m) ? m : [m]) materials.add(mat.name)
  })
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { size: size.toArray(), materials: [...materials], base64: btoa(binary) }
}
