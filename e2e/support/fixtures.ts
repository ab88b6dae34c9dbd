// Shared fixtures: fresh users created through the real sign-up form, sign-in through the real form,
// and an accessibility check with axe.
import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { randomUUID } from "node:crypto";

export { expect };

export type User = { name: string; email: string; password: string };

/** A new, never-used identity. Emails are unique per call so tests never share accounts. */
export function newUser(overrides: Partial<User> = {}): User {
  const id = randomUUID().slice(0, 12);
  return {
    name: `Learner ${id}`,
    email: `learner-${id}@example.test`,
    password: `pw-${randomUUID()}`,
    ...overrides,
  };
}

export async function fillSignUp(page: Page, user: User): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Name", { exact: true }).fill(user.name);
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function fillSignIn(page: Page, email: string, password: string, path = "/signin"): Promise<void> {
  if (path) await page.goto(path);
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * An element with role="alert" holding the given text. Filtering by text matters: Next.js adds its own
 * role="alert" route announcer to every page.
 */
export function alertWith(page: Page, text: string | RegExp) {
  return page.getByRole("alert").filter({ hasText: text });
}

/**
 * One sign-in attempt straight to next-auth's credentials endpoint, as a script would make it (no page). The
 * rate-limit tests use it for the attempts in between, which are many and would otherwise each load a page.
 * Returns whether a session was granted.
 */
export async function signInViaApi(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}): Promise<boolean> {
  const csrf = await request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  const body = (await response.json()) as { url?: string };
  return response.ok() && !String(body.url).includes("error=");
}

/** The header's sign-out button; at 375 px it may sit behind the "Menu" button. */
export async function signOut(page: Page): Promise<void> {
  await openMenuIfCollapsed(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** Opens the collapsed navigation when the layout has one (the contract allows a "Menu" button at 375 px). */
export async function openMenuIfCollapsed(page: Page): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  if ((await menu.count()) > 0 && (await menu.isVisible())) {
    if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
  }
}

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is now and fails on serious or critical violations, listing each one readably. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.flatMap((v) => [
    `${v.impact?.toUpperCase()} ${v.id}: ${v.help} (${v.helpUrl})`,
    ...v.nodes.map((n) => `    at ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ").trim() ?? ""}`),
  ]);
  expect(report, `axe found serious or critical violations on ${label}:\n${report.join("\n")}`).toEqual([]);
}

/** Creates a user through the sign-up form in a throwaway browser context. */
export async function createUserElsewhere(browser: Browser, baseURL: string | undefined, overrides: Partial<User> = {}): Promise<User> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    const user = newUser(overrides);
    await fillSignUp(page, user);
    await expect(page).toHaveURL(/\/dashboard$/);
    return user;
  } finally {
    await context.close();
  }
}

type Fixtures = {
  /** Creates a fresh user through /signup (which signs them in) and returns the credentials. */
  signUp: (overrides?: Partial<User>) => Promise<User>;
  /**
   * Signs a user in through /signin and waits for the dashboard. Without a user, first creates a fresh one through
   * the sign-up form in a separate browser context, so this page's session comes from the sign-in form alone.
   */
  login: (user?: User) => Promise<User>;
  /** Axe check of the current page (serious and critical violations fail). */
  axe: (label: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  signUp: async ({ page }, use) => {
    await use(async (overrides = {}) => {
      const user = newUser(overrides);
      await fillSignUp(page, user);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      return user;
    });
  },
  login: async ({ page, browser, baseURL }, use) => {
    await use(async (existing) => {
      const user = existing ?? (await createUserElsewhere(browser, baseURL));
      await fillSignIn(page, user.email, user.password);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
      return user;
    });
  },
  axe: async ({ page }, use) => {
    await use((label) => expectNoSeriousA11yViolations(page, label));
  },
});
