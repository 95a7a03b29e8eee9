import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = {
  /** Names the remote in the console, where operators look first. */
  remoteId: string;
  fallback(error: unknown): ReactNode;
  children: ReactNode;
};
type State = { error: unknown; failed: boolean };

/**
 * Confines a remote's failure (manifest unreachable, chunk 404, a throw while rendering) to its
 * own slot, so one agency's outage never takes the shell or the other agencies down with it.
 */
export class RemoteErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Remote "${this.props.remoteId}" failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
