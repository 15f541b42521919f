/**
 * Only http(s) URLs ever become links. The URL parser normalizes case, entities-free whitespace and
 * control characters the same way a browser would, so `JaVaScRiPt:`, `\x01javascript:` and
 * `data:` never pass.
 */
export function safeHref(url: string): string | null {
  if (typeof url !== "string") return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
