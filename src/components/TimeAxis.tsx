import type { Tick } from "../timeline/ticks.ts";

/** The time axis along the top, with light grid lines through the lanes. */
export function TimeAxis({ ticks, height, gridHeight }: { ticks: readonly Tick[]; height: number; gridHeight: number }) {
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(${t.x},0)`}>
          <line className="axis-grid" y1={height - 6} y2={height + gridHeight} />
          <text className="axis-label" x={3} y={height - 10}>
            {t.label}
          </text>
          {t.context !== undefined && (
            <text className="axis-context" x={3} y={height - 24}>
              {t.context}
            </text>
          )}
        </g>
      ))}
      <line className="axis-line" x1={0} x2="100%" y1={height} y2={height} />
    </g>
  );
}
