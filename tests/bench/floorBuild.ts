/** Builds the floor pages (tests/bench/floor/, floor-responsive/) with Vite's defaults into the repo's FLOOR_PATHs. */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { FLOOR_PATH, REACT_FLOOR, RESPONSIVE_FLOOR, RESPONSIVE_FLOOR_PATH } from "./tools.ts";
import type { Tool } from "./tools.ts";

/** Each floor's source folder (under tests/bench/) and where it is built. */
const SOURCES = new Map<Tool, { source: string; outPath: string }>([
  [REACT_FLOOR, { source: "floor", outPath: FLOOR_PATH }],
  [RESPONSIVE_FLOOR, { source: "floor-responsive", outPath: RESPONSIVE_FLOOR_PATH }],
]);

/** Builds the floors among `tools` (none when no floor is run); `remove` deletes their builds. */
export async function buildFloors(repoDir: string, tools: readonly Tool[]): Promise<{ remove: () => void }> {
  const outDirs: string[] = [];
  const remove = () => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  try {
    for (const tool of tools) {
      const floor = SOURCES.get(tool);
      if (!floor) continue;
      const outDir = join(repoDir, floor.outPath);
      outDirs.push(outDir);
      await build({
        configFile: false,
        root: join(repoDir, "tests", "bench", floor.source),
        base: "./",
        logLevel: "warn",
        build: { outDir, emptyOutDir: true, target: "es2022" },
      });
    }
  } catch (err) {
    // A failed second build must not leave the first one behind.
    remove();
    throw err;
  }
  return { remove };
}
