/** What the numbers were measured on. The load average shows whether something else was running. */
import { cpus, loadavg, release, totalmem, type } from "node:os";
import type { Machine } from "./report.ts";

export function describeMachine(chromiumVersion: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: cpus().length,
    ramGB: Math.round(totalmem() / 1024 ** 3),
    chromium: chromiumVersion,
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString(),
    loadAverageStart: loadavg(),
  };
}
