import type { ReactNode } from "react";
import { messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { ErrorBoundary } from "./ErrorBoundary.tsx";

/** The last line of defence around the whole app or embed, in the reader's current language. */
export function RootErrorBoundary({ children }: { children: ReactNode }) {
  const lang = useTimeline((s) => s.lang);
  const dataset = useTimeline((s) => s.dataset);
  return (
    <ErrorBoundary t={messages[lang]} resetKey={dataset}>
      {children}
    </ErrorBoundary>
  );
}
