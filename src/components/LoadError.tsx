import { formatIssue } from "../data/parseDataset.ts";
import type { DatasetIssue } from "../data/model.ts";
import type { Messages } from "../i18n/messages.ts";

/** What went wrong while loading, in full, instead of a blank page. */
export function LoadError({ message, issues, t }: { message: string; issues: readonly DatasetIssue[]; t: Messages }) {
  return (
    <section className="load-error" role="alert">
      <h2>{t.loadFailed}</h2>
      <p>{message}</p>
      {issues.length > 0 && (
        <>
          <p>{t.loadFailedHelp}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>
                <code>{formatIssue(issue)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
