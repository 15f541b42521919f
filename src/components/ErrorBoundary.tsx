/**
 * Keeps one failing part of the page from taking the rest down: a render error in its children
 * shows a short localized message with "Try again" instead, and the siblings keep working. React
 * already logs the error to the console, so this does not log it again.
 */
import { Component } from "react";
import type { ReactNode } from "react";
import type { Messages } from "../i18n/messages.ts";

export interface ErrorBoundaryProps {
  /** The UI strings, in the reader's language. */
  t: Messages;
  /** What the part is ("Filters"), so a screen reader knows which part failed. */
  label?: string;
  /** When this value changes (a new dataset), a failed part tries again by itself. */
  resetKey?: unknown;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(prev: ErrorBoundaryProps): void {
    if (this.state.error && !Object.is(prev.resetKey, this.props.resetKey)) this.setState({ error: null });
  }

  private retry = () => this.setState({ error: null });

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t, label } = this.props;
    return (
      <section className="error-boundary" role="alert" aria-label={label}>
        <p>{t.partFailed}</p>
        <p className="error-boundary-detail">
          <code>{error.message.slice(0, 300)}</code>
        </p>
        <button type="button" onClick={this.retry}>
          {t.tryAgain}
        </button>
      </section>
    );
  }
}
