// End-to-end tests: the real built app (`next start`) on its own SQLite file, driven by Debian's Chromium.
//
// Environment:
//   CHROMIUM_PATH   Chromium binary (default /usr/bin/chromium; `apt-get install -y chromium`).
//   E2E_PORT        port for the test server (default 3271, bound to 127.0.0.1).
//   E2E_JSON        where the json reporter writes (default test-results/e2e.json).
//   E2E_SCREENSHOTS=1  run only e2e/screenshots.spec.ts (writes docs/screenshots/); it is not part of `npm test`.
import { defineConfig, devices } from "@playwright/test";
import { chromiumPath, chromiumArgs } from "./e2e/support/chromium";

const port = Number(process.env.E2E_PORT ?? 3271);
const baseURL = `http://127.0.0.1:${port}`;
const screenshots = process.env.E2E_SCREENSHOTS === "1";

export default defineConfig({
  testDir: "./e2e",
  testMatch: screenshots ? "screenshots.spec.ts" : "**/*.spec.ts",
  testIgnore: screenshots ? [] : ["screenshots.spec.ts"],
  outputDir: "test-results/e2e-artifacts",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // 2 shared cores: one browser worker per core at most.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  // Sign-ins hash passwords (deliberately slow) on 2 shared cores: allow for several per test.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: screenshots
    ? [{ name: "screenshots", use: { ...devices["Desktop Chrome"] } }]
    : [
        { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
        {
          // The phone project runs only the tests tagged @phone: layout, navigation and accessibility at 375 px.
          name: "phone",
          grep: /@phone/,
          use: {
            ...devices["Desktop Chrome"],
            viewport: { width: 375, height: 740 },
            deviceScaleFactor: 2,
            isMobile: true,
            hasTouch: true,
          },
        },
      ],
  webServer: {
    command: "node e2e/support/server.mjs",
    url: `${baseURL}/`,
    // A cold `next build` on 2 shared cores takes a few minutes.
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
