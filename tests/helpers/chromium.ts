/**
 * Finds a system Chromium for the browser tests: $CHROME_PATH, then /usr/bin/chromium, then other
 * usual places. If none is found on a Debian machine where we are root with apt, installs Debian's
 * `chromium`; otherwise fails with instructions. Tests never skip for want of a browser, and never
 * download a browser of their own.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/opt/google/chrome/chrome",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Flags for headless Chromium on a closed network, as root, in CI. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  return CANDIDATES.find(executable) ?? null;
}

const HOW_TO_INSTALL =
  "No Chromium found for the browser tests. Install one and run the tests again:\n" +
  "  Debian/Ubuntu: sudo apt-get install -y chromium   (or chromium-browser)\n" +
  "  macOS:         brew install --cask chromium\n" +
  "or point CHROME_PATH at any Chromium or Chrome binary.";

/** Returns a Chromium path, installing Debian's package when that is possible here. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.platform === "linux" && isRoot && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get")) {
    console.log("[browser tests] no Chromium found: installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], { stdio: "inherit", env });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(HOW_TO_INSTALL);
}
