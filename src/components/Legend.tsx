import { shapePath } from "../timeline/shapes.ts";
import { messages } from "../i18n/messages.ts";
import { useDatasetText } from "../state/selectors.ts";
import { useTimeline } from "../state/StoreProvider.tsx";

/** Each category's colour, shape and name: colour is never the only cue. */
export function Legend() {
  const dataset = useTimeline((s) => s.dataset);
  const lang = useTimeline((s) => s.lang);
  const text = useDatasetText();
  if (!dataset) return null;
  return (
    <section className="legend" aria-label={messages[lang].legend}>
      <ul>
        {dataset.categories.map((c) => (
          <li key={c.id}>
            <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
              <path d={shapePath(c.shape, 12)} fill={c.color} />
            </svg>
            {text(c.label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
