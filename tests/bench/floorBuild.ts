/** Builds the floor page (tests/bench/floor/) with Vite's defaults into the repo's FLOOR_PATH. */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "vite";
import { FLOOR_PATH } from "./tools.ts";

export async function buildFloor(repoDir: string): Promise<{ remove: () => void }> {
  const outDir = join(repoDir, FLOOR_PATH);
  await build({
    configFile: false,
    root: join(repoDir, "tests", "bench", "floor"),
    base: "./",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, target: "es2022" },
  });
  return { remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
