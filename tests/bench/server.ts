/**
 * Three loopback servers, all on 127.0.0.1 (one site, so one HTTP-cache partition):
 * - the built app (dist/), no-store like the browser tests;
 * - the vis-timeline page (repo root: tests/bench/ and node_modules/vis-timeline), no-store too, so
 *   neither tool's code comes from a cache;
 * - the datasets, cacheable and readable cross-origin, so each run can warm the cache first and
 *   measure first render "for a dataset already fetched".
 */
import { startStaticServer } from "../helpers/staticServer.ts";
import type { StaticServer } from "../helpers/staticServer.ts";

export interface BenchServers {
  app: StaticServer;
  vis: StaticServer;
  data: StaticServer;
  close: () => Promise<void>;
}

export async function startBenchServers(distDir: string, repoDir: string, dataDir: string): Promise<BenchServers> {
  const app = await startStaticServer(distDir);
  const vis = await startStaticServer(repoDir);
  const data = await startStaticServer(dataDir, {
    headers: {
      "Cache-Control": "public, max-age=86400",
      "Access-Control-Allow-Origin": "*",
      // Lets the pages' Resource Timing show whether the file came from the cache (transferSize 0).
      "Timing-Allow-Origin": "*",
    },
  });
  return { app, vis, data, close: async () => void (await Promise.all([app.close(), vis.close(), data.close()])) };
}
