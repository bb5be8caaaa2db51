import { Component, type ReactNode } from 'react';
import { LoadFailed } from './LoadFailed';

interface ScreenBoundaryProps {
  /** Called before the screen is tried again, to drop whatever failed (such as a chunk that did not load). */
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * A screen that throws while rendering (or whose code cannot be loaded) shows the shared sentence and "Opnieuw
 * proberen" in its place; the header, the navigation and the vault session stay as they are.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <LoadFailed
        error={{ code: 'internal', message: '' }}
        onRetry={() => {
          this.props.onRetry?.();
          this.setState({ failed: false });
        }}
      />
    );
  }
}
