import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { createResolutionGovernor } from './resolutionGovernor'

/**
 * Watches frame times and reports a new render scale when frames run slow or
 * fast again. The canvas owner applies it through the Canvas `dpr` prop (R3F
 * re-applies that prop on every render, so setting the ratio here would not stick).
 */
export function DynamicResolution({ onScale }: { onScale(scale: number): void }) {
  const governor = useRef(createResolutionGovernor())
  const last = useRef(0)
  useFrame(() => {
    const now = performance.now()
    const scale = governor.current.frame(now - last.current)
    last.current = now
    if (scale !== undefined) onScale(scale)
  })
  return null
}
