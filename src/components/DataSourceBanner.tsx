/** While data other than the bundled dataset is on screen, says where it came from. */
import { fill, messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";
import { setDataParam } from "./useDataLoader.ts";

export function DataSourceBanner({ onBackToBundled }: { onBackToBundled: () => void }) {
  const source = useTimeline((s) => s.dataSource);
  const t = messages[useTimeline((s) => s.lang)];
  if (source.kind === "bundled") return null;
  const where = source.kind === "url" ? source.host : source.name;
  return (
    <p className="data-source">
      {fill(t.loadedFrom, { source: where })}{" "}
      <button
        type="button"
        onClick={() => {
          setDataParam({ kind: "bundled" });
          onBackToBundled();
        }}
      >
        {t.backToBundled}
      </button>
    </p>
  );
}
