/**
 * The initial JavaScript: the scripts dist/index.html loads up front (its module entry and
 * modulepreloads; lazy chunks are not counted), each gzipped with node's zlib at its default level.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleSize {
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/** The script URLs an index.html fetches before anything runs. */
export function initialScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag) && /\btype=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload/i.test(tag);
    const url = tag.match(/\b(?:src|href)=["']([^"']+)["']/i)?.[1];
    if ((isScript || isPreload) && url) urls.push(url);
  }
  return [...new Set(urls)];
}

export function measureBundle(distDir: string): BundleSize {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const files = initialScripts(html).map((url) => {
    const body = readFileSync(join(distDir, url.replace(/^\.?\//, "")));
    return { file: url, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
  return { files, gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0) };
}
