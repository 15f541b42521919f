import type { ReactNode } from "react";
import type { Messages } from "../i18n/messages.ts";

/** What went wrong while loading, in full, instead of a blank page. */
export function LoadError({ message, problems, t, children }: { message: string; problems: readonly string[]; t: Messages; children?: ReactNode }) {
  return (
    <section className="load-error" role="alert">
      <h2>{t.loadFailed}</h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
