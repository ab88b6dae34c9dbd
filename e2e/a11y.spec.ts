// Axe (WCAG 2.0/2.1/2.2 A and AA) on every page, in the light and the dark colour scheme, at desktop and phone
// widths. Serious and critical violations fail the test and are listed with the elements concerned.
import { test, newUser, fillSignUp, expect } from "./support/fixtures";
import { publicPages as pages } from "./support/site-pages";


for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path } of pages) {
      test(`${name} page has no serious accessibility violations @phone`, async ({ page, axe }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await axe(`${path} (${colorScheme})`);
      });
    }

    test("dashboard (signed in) has no serious accessibility violations @phone", async ({ signUp, axe }) => {
      await signUp();
      await axe(`/dashboard (${colorScheme})`);
    });

    test("sign-up form showing its errors has no serious accessibility violations @phone", async ({ page, axe }) => {
      await fillSignUp(page, newUser({ name: "", email: "not-an-email", password: "short" }));
      await expect(page.getByLabel("Email", { exact: true })).toHaveAccessibleDescription(/Email must be a valid email address/);
      await axe(`/signup with errors (${colorScheme})`);
    });

    test("sign-in form showing its error has no serious accessibility violations", async ({ page, axe }) => {
      // An unknown email: a failed attempt that locks no real account. Desktop only, to keep failed sign-ins
      // from this address well under the per-address limit.
      const user = newUser();
      await page.goto("/signin");
      await page.getByLabel("Email", { exact: true }).fill(user.email);
      await page.getByLabel("Password", { exact: true }).fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
      await axe(`/signin with an error (${colorScheme})`);
    });
  });
}
