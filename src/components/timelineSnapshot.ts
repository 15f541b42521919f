/**
 * The timeline on screen as one SVG document, for the picture export: the backdrop, the canvas
 * layer redrawn as SVG (the export stays a vector drawing), and the top layer. The canvas layer
 * registers how to redraw itself here; nothing else reads the registry.
 */
const canvasMarkup = new WeakMap<Element, () => string>();

export function registerCanvasMarkup(canvas: Element, markup: () => string): void {
  canvasMarkup.set(canvas, markup);
}

const SVG_NS = "http://www.w3.org/2000/svg";

function innerMarkup(el: Element): string {
  const s = new XMLSerializer();
  return Array.from(el.childNodes, (node) => s.serializeToString(node)).join("");
}

/** The serialized timeline and its size in CSS px, or null when no timeline is on the page. */
export function serializeTimeline(root: ParentNode = document): { svg: string; width: number; height: number } | null {
  const top = root.querySelector<SVGSVGElement>(".timeline-svg");
  if (!top) return null;
  const rect = top.getBoundingClientRect();
  const width = Number(top.getAttribute("width")) || rect.width;
  const height = Number(top.getAttribute("height")) || rect.height;
  const back = root.querySelector(".timeline-back");
  const canvas = root.querySelector(".timeline-canvas");
  const middle = canvas ? (canvasMarkup.get(canvas)?.() ?? "") : "";
  if (!back && !middle) return { svg: new XMLSerializer().serializeToString(top), width, height };
  const svg = `<svg xmlns="${SVG_NS}" class="timeline-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${back ? innerMarkup(back) : ""}${middle}${innerMarkup(top)}</svg>`;
  return { svg, width, height };
}
