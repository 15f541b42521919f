/**
 * The Content-Security-Policy of the built site (a public contract, documented in the README).
 * `index.html` carries `CSP_META` in a `<meta http-equiv>` (for hosts that cannot send headers,
 * such as GitHub Pages); hosts that can should send `CSP_HEADER`, which adds what a `<meta>` cannot
 * say. `vite preview` sends the header. A unit test keeps the four copies equal.
 *
 * Why each source is there:
 * - `script-src 'self'`: the bundle only; no inline scripts, no eval.
 * - `style-src 'self'`: the stylesheet only. React `style` props and `el.style.setProperty` are
 *   CSSOM, which the policy allows; style attributes in markup and <style> elements are refused.
 * - `img-src blob: data:`: the PNG export draws the SVG export from a blob: URL; the favicon is `data:,`.
 * - `connect-src https: http://127.0.0.1:* http://localhost:*`: `?data=` and "open from a web
 *   address" read any https URL, and http only on this machine, the same rule as `checkDataUrl`
 *   (so its plain-words errors, not the policy, decide; the loopback entries also let tests and
 *   developers serve data from a second local port).
 * - `worker-src 'self' blob:`: files are parsed in a module worker from the bundle.
 * - `frame-src 'self'`: the Share dialog previews the embed, which is this same page.
 * - `frame-ancestors *` (header only, a `<meta>` cannot set it): anyone may embed the timeline.
 */

/** The directives a `<meta http-equiv="Content-Security-Policy">` can carry, in order. */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ["default-src", "'self'"],
  ["script-src", "'self'"],
  ["style-src", "'self'"],
  ["img-src", "'self' blob: data:"],
  ["connect-src", "'self' https: http://127.0.0.1:* http://localhost:*"],
  ["worker-src", "'self' blob:"],
  ["frame-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

/** The policy as written in index.html's `<meta http-equiv="Content-Security-Policy">`. */
export const CSP_META = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join("; ");

/** The full header for hosts that can send one: the meta policy plus `frame-ancestors *` for embeds. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors *`;
