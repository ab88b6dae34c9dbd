// The shell every page shares: skip link, header navigation, keyboard use, small screens, and the 404 page.
import { test, expect, fillSignIn, openMenuIfCollapsed, createUserElsewhere, type User } from "./support/fixtures";
import type { Locator, Page } from "@playwright/test";

const publicPages = [
  { path: "/", h1: null },
  { path: "/course", h1: "Course" },
  { path: "/exercises", h1: "Exercises" },
  { path: "/quizzes", h1: "Quizzes" },
  { path: "/signin", h1: null },
  { path: "/signup", h1: null },
] as const;

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target} in ${max} presses`);
}

/** A keyboard user must see where focus is (WCAG 2.4.7): an outline or a box-shadow ring. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { outline: `${style.outlineStyle} ${style.outlineWidth}`, shadow: style.boxShadow };
  });
  const hasOutline = !ring.outline.startsWith("none") && !ring.outline.endsWith(" 0px");
  expect(hasOutline || ring.shadow !== "none", `no visible focus indicator on ${target}: ${JSON.stringify(ring)}`).toBe(true);
}

test.describe("keyboard", () => {
  test("the first Tab reaches 'Skip to main content', which moves focus to main", async ({ page }) => {
    for (const { path } of publicPages) {
      await page.goto(path);
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to main content" });
      await expect(skip, `first focusable element on ${path}`).toBeFocused();
      await expect(skip).toBeVisible();
      await expect(skip).toHaveAttribute("href", "#main");
      await expectVisibleFocus(skip);

      await page.keyboard.press("Enter");
      const focusInMain = () => page.evaluate(() => document.activeElement?.closest("main#main") != null);
      await expect.poll(focusInMain, { message: `focus moves to <main id="main"> on ${path}` }).toBe(true);
    }
    // From main, the next Tab goes on inside the content, not back into the header.
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main#main") != null)).toBe(true);
  });

  test("every nav link can be reached and followed with the keyboard alone", async ({ page }) => {
    const links = [
      { name: "Course", url: /\/course$/, h1: "Course" },
      { name: "Exercises", url: /\/exercises$/, h1: "Exercises" },
      { name: "Quizzes", url: /\/quizzes$/, h1: "Quizzes" },
      // A visitor following "Dashboard" is asked to sign in first.
      { name: "Dashboard", url: /\/signin\?callbackUrl=%2Fdashboard$/, h1: null },
    ];
    for (const link of links) {
      await page.goto("/");
      const target = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link.name, exact: true });
      await tabTo(page, target);
      await expectVisibleFocus(target);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(link.url);
      if (link.h1) await expect(page.getByRole("heading", { level: 1, name: link.h1 })).toBeVisible();
    }
    await page.goto("/course");
    const home = page.getByRole("banner").getByRole("link", { name: "Reachable", exact: true });
    await tabTo(page, home);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/$/);
  });

  test("the sign-in form can be completed with the keyboard alone", async ({ page, browser, baseURL }) => {
    const user: User = await createUserElsewhere(browser, baseURL);
    await page.goto("/signin");
    await tabTo(page, page.getByLabel("Email", { exact: true }));
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
    await page.keyboard.type(user.password);
    const submit = page.getByRole("button", { name: "Sign in" });
    await tabTo(page, submit, 5);
    await expectVisibleFocus(submit);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });
});

test.describe("layout", () => {
  test("every public page has the shell and does not scroll sideways @phone", async ({ page }) => {
    for (const { path, h1 } of publicPages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), `one h1 on ${path}`).toHaveCount(1);
      if (h1) await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
      await expect(page.locator("main#main")).toHaveCount(1);
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: "Reachable", exact: true })).toHaveAttribute("href", "/");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal overflow on ${path} (px)`).toBeLessThanOrEqual(0);
    }
  });

  test("the main navigation works at this width, through the Menu button if it collapses @phone", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = page.getByRole("button", { name: "Menu" });
    if (await menu.isVisible()) {
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await menu.click();
      await expect(menu).toHaveAttribute("aria-expanded", "true");
    }
    const width = page.viewportSize()!.width;
    for (const name of ["Course", "Exercises", "Quizzes", "Dashboard"]) {
      const link = nav.getByRole("link", { name, exact: true });
      await expect(link).toBeVisible();
      // Wholly on screen, not cut off at the edge or scrolled out of a narrow nav.
      const box = (await link.boundingBox())!;
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(width);
      expect(await link.evaluate((el) => { const r = el.getBoundingClientRect(); const nav = el.closest("nav")!.getBoundingClientRect(); return r.left >= nav.left - 1 && r.right <= nav.right + 1; }), `${name} inside the nav's box`).toBe(true);
    }
    await openMenuIfCollapsed(page);
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign up" })).toHaveAttribute("href", "/signup");
    await nav.getByRole("link", { name: "Quizzes", exact: true }).click();
    await expect(page).toHaveURL(/\/quizzes$/);
    await expect(page.getByRole("heading", { level: 1, name: "Quizzes" })).toBeVisible();
    if (await menu.isVisible()) await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("the colours follow the system's light or dark preference @phone", async ({ page }) => {
    const colours = async () =>
      page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const h1 = getComputedStyle(document.querySelector("h1")!);
        return { background: body.backgroundColor, text: h1.color };
      });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    const light = await colours();
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(colours).not.toEqual(light);
    const dark = await colours();
    expect(dark.background, "dark background").not.toBe(light.background);
    expect(dark.text, "dark text").not.toBe(light.text);
  });

  test("the home page says what Reachable is and starts the course", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/\S/);
    await page.getByRole("main").getByRole("link", { name: "Start the course" }).click();
    await expect(page).toHaveURL(/\/course$/);
  });
});

test.describe("not found", () => {
  for (const path of ["/this-page-does-not-exist", "/course/no-such-lesson/at-all"]) {
    test(`${path} answers 404 with a way home @phone`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await page.getByRole("link", { name: "Go to the home page" }).click();
      await expect(page).toHaveURL(/\/$/);
    });
  }
});

test("a signed-in learner reaches the dashboard from the nav", async ({ page, browser, baseURL }) => {
  const user = await createUserElsewhere(browser, baseURL);
  await fillSignIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course", exact: true }).click();
  await expect(page).toHaveURL(/\/course$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("main")).toContainText(user.name);
});
