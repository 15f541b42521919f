/** Typed `from`/`to` bounds (YYYY, YYYY-MM or YYYY-MM-DD), committed as soon as they are valid. */
import { memo, useEffect, useId, useState } from "react";
import { parseDayBound } from "../data/dates.ts";
import type { Messages } from "../i18n/messages.ts";

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const valid = (v: string) => DAY.test(v) && parseDayBound(v) !== null;

function DateInput({ label, value, t, invalidRange, onCommit }: { label: string; value: string | null; t: Messages; invalidRange: boolean; onCommit: (v: string | null) => void }) {
  const [text, setText] = useState(value ?? "");
  const id = useId();
  // The store can change underneath (Back, Reset, brush): follow it.
  useEffect(() => setText(value ?? ""), [value]);
  const bad = text !== "" && !valid(text);
  return (
    <div className="date-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t.datePlaceholder}
        value={text}
        aria-invalid={bad || invalidRange}
        aria-describedby={bad ? `${id}-err` : undefined}
        onChange={(e) => {
          const v = e.target.value.trim();
          setText(e.target.value);
          if (v === "") onCommit(null);
          else if (valid(v)) onCommit(v);
        }}
      />
      {bad && (
        <span id={`${id}-err`} className="field-error">
          {t.badDate}
        </span>
      )}
    </div>
  );
}

/** Memoized: with a stable `onChange`, a filter change elsewhere does not touch the two fields. */
export const DateRangeInputs = memo(function DateRangeInputs({ from, to, t, onChange }: { from: string | null; to: string | null; t: Messages; onChange: (range: { from?: string | null; to?: string | null }) => void }) {
  const backwards = from !== null && to !== null && parseDayBound(from)!.start >= parseDayBound(to)!.end;
  return (
    <div className="date-range">
      <DateInput label={t.from} value={from} t={t} invalidRange={backwards} onCommit={(v) => onChange({ from: v })} />
      <DateInput label={t.to} value={to} t={t} invalidRange={backwards} onCommit={(v) => onChange({ to: v })} />
      {backwards && (
        <span className="field-error" role="alert">
          {t.rangeBackwards}
        </span>
      )}
    </div>
  );
});
