// Takes the README's screenshots of a running platform, and reports any browser console error
// (for example a Content-Security-Policy violation) on the way.
//   BASE_URL=http://localhost:3000 npx tsx scripts/screenshots.ts
// Uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";

const baseUrl = process.env.BASE_URL ?? "http://localhost:3000";
const outDir = path.join(process.cwd(), "docs", "screenshots");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 860 } } as const;
const problems: string[] = [];

async function newPage(browser: Browser, viewport: keyof typeof viewports, colorScheme: "light" | "dark"): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports[viewport], colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on("console", (message) => {
    // A 404 page and a refused sign-in answer with error statuses on purpose.
    if (/Failed to load resource: .*\b(401|404)\b/.test(message.text())) return;
    if (message.type() === "error" || message.type() === "warning") problems.push(`${page.url()} [${message.type()}] ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()} [pageerror] ${error.message}`));
  return page;
}

async function shoot(page: Page, name: string, fullPage = true) {
  // The header's account controls come from the session, read after hydration.
  const header = page.locator("header");
  await header.getByRole("link", { name: "Sign in" }).or(header.getByRole("button", { name: "Sign out" })).waitFor();
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage });
}

async function signIn(page: Page) {
  const accounts = JSON.parse(readFileSync(path.join(process.cwd(), "data", "demo-accounts.json"), "utf8")) as { email: string; password: string }[];
  const learner = accounts[0]!;
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Email").fill(learner.email);
  await page.getByLabel("Password").fill(learner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/dashboard`);
}

const browser = await chromium.launch({ executablePath, args });
try {
  for (const viewport of ["desktop", "phone"] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const suffix = `${viewport}${scheme === "dark" ? "-dark" : ""}`;
      const page = await newPage(browser, viewport, scheme);
      for (const [route, name] of [["/", "home"], ["/course", "course"], ["/signup", "signup"], ["/no-such-page", "not-found"]] as const) {
        await page.goto(`${baseUrl}${route}`);
        await shoot(page, `${name}-${suffix}`);
      }
      await page.goto(`${baseUrl}/signup`);
      await page.getByRole("button", { name: "Create account" }).click();
      await shoot(page, `signup-errors-${suffix}`);
      await page.goto(`${baseUrl}/signin`);
      await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.com`);
      await page.getByLabel("Password").fill("wrong password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByText("Email or password is incorrect.").waitFor();
      await shoot(page, `signin-error-${suffix}`);
      await page.evaluate(() => localStorage.setItem("reachable.progress.v1", JSON.stringify({ version: 1, lessons: { "vpc-basics": new Date().toISOString() } })));
      await signIn(page);
      await page.getByRole("button", { name: "Import progress" }).waitFor();
      await shoot(page, `dashboard-${suffix}`);
      await page.evaluate(() => localStorage.clear());
      await page.keyboard.press("Tab");
      await shoot(page, `focus-skip-link-${suffix}`, false);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(`${baseUrl}/`);
      await page.context().close();
    }
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.log(`Browser console problems:\n${problems.join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`Screenshots in ${outDir}; no console errors or warnings.`);
}
