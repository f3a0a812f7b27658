import { Component, type ReactNode, Suspense } from 'react';

// One component failing must not take the others down with it: each renders inside its own
// boundaries. On the server, a Suspense boundary turns a render error into "render this part in
// the browser"; in the browser, the error boundary shows (and the host test reads) why it failed.
export class Isolated extends Component<
  { name: string; children: ReactNode },
  { error: Error | null }
> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return <Suspense>{this.props.children}</Suspense>;
    return (
      <p role="alert" data-failed={this.props.name}>
        {this.props.name} failed: {error.message}
      </p>
    );
  }
}
