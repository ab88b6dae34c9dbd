// Security headers on every page and the API, and no Content-Security-Policy violation while pages load.
import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

const pages = ["/", "/course", "/exercises", "/quizzes", "/signin", "/signup", "/this-page-does-not-exist"];

function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  const csp = headers["content-security-policy"];
  expect(csp, `Content-Security-Policy on ${where}`).toBeTruthy();
  const framing = headers["x-frame-options"]?.toUpperCase();
  const frameAncestors = /frame-ancestors\s+('none'|'self')/.test(csp ?? "");
  expect(framing === "DENY" || framing === "SAMEORIGIN" || frameAncestors, `X-Frame-Options or frame-ancestors on ${where}`).toBe(true);
  expect(headers["x-content-type-options"], `X-Content-Type-Options on ${where}`).toBe("nosniff");
  // A policy that allows any script is no policy.
  expect(csp ?? "", `script-src on ${where}`).not.toMatch(/script-src[^;]*(\*|'unsafe-eval')/);
}

/** Collects CSP violations both as the browser reports them to the page and as it logs them to the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => seen.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return seen;
}

test("every page sends CSP, framing and nosniff headers, and the API does too", async ({ page, signUp }) => {
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    expectSecurityHeaders(response!.headers(), path);
  }
  await signUp();
  const dashboard = await page.goto("/dashboard");
  expectSecurityHeaders(dashboard!.headers(), "/dashboard");
  const api = await page.request.get("/api/progress");
  expect(api.headers()["x-content-type-options"], "nosniff on /api/progress").toBe("nosniff");
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`no page reports a CSP violation while loading and hydrating (${colorScheme})`, async ({ page, signUp }) => {
    await page.emulateMedia({ colorScheme });
    const violations = await watchCsp(page);
    for (const path of pages) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(violations, `CSP violations on ${path}`).toEqual([]);
    }
    // Signed-in pages, reached both by a full load and by client-side navigation.
    await signUp();
    await page.waitForLoadState("networkidle");
    await page.goto("/dashboard");
    await page.waitForLoadState("networkidle");
    await page.getByRole("banner").getByRole("link", { name: "Reachable", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.waitForLoadState("networkidle");
    expect(violations, "CSP violations on the signed-in pages").toEqual([]);
  });
}
