/** SVG path data for each mark shape, centred on 0,0, for a mark of `size` px. */
import type { MarkShape } from "../data/model.ts";

export function shapePath(shape: MarkShape, size: number): string {
  const r = size / 2;
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case "circle":
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case "square": {
      const s = r * 0.86;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case "diamond":
      return `M0,${f(-r * 1.1)}L${f(r * 1.1)},0L0,${f(r * 1.1)}L${f(-r * 1.1)},0Z`;
    case "triangle":
      return `M0,${f(-r * 1.1)}L${f(r)},${f(r * 0.8)}L${f(-r)},${f(r * 0.8)}Z`;
    case "triangle-down":
      return `M0,${f(r * 1.1)}L${f(r)},${f(-r * 0.8)}L${f(-r)},${f(-r * 0.8)}Z`;
    case "hexagon": {
      const pts = [0, 1, 2, 3, 4, 5].map((k) => {
        const a = (Math.PI / 3) * k;
        return `${f(Math.cos(a) * r)},${f(Math.sin(a) * r)}`;
      });
      return `M${pts.join("L")}Z`;
    }
    case "star": {
      const pts = Array.from({ length: 10 }, (_, k) => {
        const a = (Math.PI / 5) * k - Math.PI / 2;
        const rr = k % 2 === 0 ? r * 1.15 : r * 0.5;
        return `${f(Math.cos(a) * rr)},${f(Math.sin(a) * rr)}`;
      });
      return `M${pts.join("L")}Z`;
    }
    case "cross": {
      const a = r * 0.36;
      return `M${f(-a)},${f(-r)}H${f(a)}V${f(-a)}H${f(r)}V${f(a)}H${f(a)}V${f(r)}H${f(-a)}V${f(a)}H${f(-r)}V${f(-a)}H${f(-a)}Z`;
    }
  }
}
