// Which Chromium the end-to-end tests drive, and how. Playwright cannot download its own browsers on our
// machines, so we use Debian's (`apt-get install -y chromium`); CHROMIUM_PATH points elsewhere, e.g. at
// Playwright's own Chromium on a developer machine.
import { existsSync } from "node:fs";

export const defaultChromiumPath = "/usr/bin/chromium";

// Without the networking flags Chromium keeps trying to reach Google's services on a closed network.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || defaultChromiumPath;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's: \`apt-get install -y chromium\`, ` +
        `or set CHROMIUM_PATH to a Chromium binary (e.g. Playwright's own).`,
    );
  }
  return path;
}
