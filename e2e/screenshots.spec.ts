// Screenshots of every page at 375 px and 1280 px, light and dark, into docs/screenshots/.
// Not part of `npm test`: run `npm run screenshots` (the config then runs only this file).
import { test, newUser, fillSignUp, expect } from "./support/fixtures";
import { publicPages as pages } from "./support/site-pages";
import type { Page } from "@playwright/test";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every lesson's slug, from content/lessons/NN-slug.mdx. */
const lessonSlugs = readdirSync(join(process.cwd(), "content/lessons"))
  .filter((f) => /^\d+-.+\.mdx$/.test(f))
  .sort()
  .map((f) => f.replace(/^\d+-/, "").replace(/\.mdx$/, ""));

const widths = [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
];

async function shoot(page: Page, name: string, width: number, scheme: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: `docs/screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
}

for (const viewport of widths) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${viewport.width}px ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test("public pages", async ({ page }) => {
        for (const { file, path } of pages) {
          await page.goto(path);
          await shoot(page, file, viewport.width, colorScheme);
        }
        // The focus ring on the skip link and the open menu, where there is one.
        await page.goto("/");
        await page.keyboard.press("Tab");
        await shoot(page, "home-skip-link-focused", viewport.width, colorScheme);
        const menu = page.getByRole("button", { name: "Menu" });
        if (await menu.isVisible()) {
          await menu.click();
          await shoot(page, "home-menu-open", viewport.width, colorScheme);
        }
      });

      test("lessons", async ({ page }) => {
        test.setTimeout(300_000);
        for (const [i, slug] of lessonSlugs.entries()) {
          await page.goto(`/course/${slug}`);
          // The first screen of the first lesson (the others start the same way).
          if (i === 0) {
            await page.waitForLoadState("networkidle");
            await page.screenshot({ path: `docs/screenshots/lesson-top-${viewport.width}-${colorScheme}.png` });
          }
          // Scroll through, as a reader does: the labs load their editors as they come into view.
          // (The page grows as labs load, so its height is read again at every step.)
          for (let y = 0; y <= (await page.evaluate(() => document.documentElement.scrollHeight)); y += 500) {
            await page.evaluate((y) => window.scrollTo(0, y), y);
            await page.waitForTimeout(30);
          }
          await page.waitForLoadState("networkidle");
          await expect(page.locator('[data-lab="first-view"]')).toHaveCount(0);
          // Each lesson's first lab (diagram, narrative, probe, editors): full-page pictures of every lesson would
          // be some 50 MB.
          const lab = page.locator("[data-lab]").first();
          await lab.scrollIntoViewIfNeeded();
          await lab.screenshot({ path: `docs/screenshots/lesson-${slug}-lab-${viewport.width}-${colorScheme}.png` });
        }
      });

      test("forms with errors and the dashboard", async ({ page }) => {
        await fillSignUp(page, newUser({ name: "", email: "not-an-email", password: "short" }));
        await expect(page.getByRole("alert").filter({ hasText: "Email must be a valid email address" })).toBeVisible();
        await shoot(page, "signup-errors", viewport.width, colorScheme);

        await fillSignUp(page, newUser());
        await expect(page).toHaveURL(/\/dashboard$/);
        await shoot(page, "dashboard", viewport.width, colorScheme);
      });
    });
  }
}
