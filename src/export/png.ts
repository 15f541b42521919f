/**
 * A standalone SVG (see svg.ts) as a PNG at 2× or 3× its size, drawn by the browser: Blob → object
 * URL → Image → canvas → PNG Blob. The SVG must be self-contained (inlined styles, system fonts):
 * an SVG loaded as an image cannot fetch anything.
 */

/** The root element's width and height attributes, in px; null when missing or not numbers. */
function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("The SVG picture could not be loaded as an image (is it well-formed?)"));
    img.src = url;
  });
}

/** The picture as a PNG Blob, `scale` device pixels per SVG px, on white. */
export async function svgToPng(svg: string, scale: 2 | 3): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = await loadImage(url);
    const size = svgSize(svg) ?? { width: img.naturalWidth, height: img.naturalHeight };
    if (!(size.width > 0 && size.height > 0)) throw new Error("The SVG picture has no size");
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw on a canvas");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The canvas could not be encoded as PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
