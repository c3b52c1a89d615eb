import { Component, type ReactNode } from 'react'

interface Props {
  onError(error: unknown): void
  children?: ReactNode
}

/** Keeps a failure in the 3D view (no WebGL, a chunk that failed to load) inside the component. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  override render() {
    return this.state.failed ? null : this.props.children
  }
}
