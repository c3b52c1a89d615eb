/** When heavy work starts: see ProductViewerProps.loading. */
export type LoadPolicy = 'lazy' | 'eager' | 'interaction'

/** Whether the 3D engine and the model should load now. */
export function shouldLoad(policy: LoadPolicy, hasModel: boolean, nearViewport: boolean, tapped: boolean): boolean {
  if (!hasModel) return false
  return policy === 'eager' || (policy === 'lazy' && nearViewport) || (policy === 'interaction' && tapped)
}
