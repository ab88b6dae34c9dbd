// Accounts: sign up, sign out, sign in, wrong credentials, input validation, the return trip to the dashboard,
// and the per-account sign-in rate limit. Every test uses its own fresh account.
import { test, expect, newUser, fillSignUp, fillSignIn, signOut, openMenuIfCollapsed, createUserElsewhere, alertWith, signInViaApi } from "./support/fixtures";
import { findUserByEmail } from "./support/db";

test.describe("sign up", () => {
  test("a new learner signs up, is signed in and lands on the dashboard @phone", async ({ page }) => {
    const user = newUser();
    await fillSignUp(page, user);

    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(user.name);
    await openMenuIfCollapsed(page);
    const header = page.getByRole("banner");
    await expect(header.getByText(user.name)).toBeVisible();
    await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);

    const row = await findUserByEmail(user.email);
    expect(row?.name).toBe(user.name);
    // The password is stored only as a hash.
    expect(JSON.stringify(row)).not.toContain(user.password);
  });

  test("an email that already has an account is refused and no second account is made", async ({ page, browser, baseURL }) => {
    const existing = await createUserElsewhere(browser, baseURL);
    await fillSignUp(page, newUser({ email: existing.email }));

    await expect(page).toHaveURL(/\/signup/);
    await expect(alertWith(page, "An account with this email already exists")).toBeVisible();
    await expect(page.getByLabel("Email", { exact: true })).toHaveAccessibleDescription(/An account with this email already exists/);
    expect((await findUserByEmail(existing.email))?.name).toBe(existing.name);
  });
});

test.describe("sign-up validation: each bad field gets its own message and nothing is created", () => {
  const cases: { title: string; field: "Name" | "Email" | "Password"; value: (u: ReturnType<typeof newUser>) => string; message: RegExp }[] = [
    { title: "an empty name", field: "Name", value: () => "", message: /Name is required/ },
    { title: "an over-long name (81 characters)", field: "Name", value: () => "N".repeat(81), message: /Name\b[^.]*\b80\b/ },
    { title: "a malformed email", field: "Email", value: () => "not-an-email", message: /Email must be a valid email address/ },
    {
      title: "an over-long email (263 characters)",
      field: "Email",
      value: () => `${"a".repeat(250)}@example.test`,
      message: /Email must be (a valid email address|at most 254 characters)/,
    },
    { title: "a too-short password (7 characters)", field: "Password", value: () => "short7!", message: /Password must be at least 8 characters/ },
    { title: "an over-long password (129 characters)", field: "Password", value: () => "p".repeat(129), message: /Password must be at most 128 characters/ },
  ];

  for (const c of cases) {
    test(c.title, async ({ page }) => {
      const user = newUser();
      const values = { Name: user.name, Email: user.email, Password: user.password };
      values[c.field] = c.value(user);

      await page.goto("/signup");
      for (const label of ["Name", "Email", "Password"] as const) {
        const field = page.getByLabel(label, { exact: true });
        // A crafted request is not bound by the browser's maxlength; the server must refuse it too.
        await field.evaluate((el) => el.removeAttribute("maxlength"));
        await field.fill(values[label]);
        await expect(field).toHaveValue(values[label]);
      }
      await page.getByRole("button", { name: "Create account" }).click();

      await expect(alertWith(page, c.message)).toBeVisible();
      await expect(page.getByLabel(c.field, { exact: true })).toHaveAccessibleDescription(c.message);
      await expect(page).toHaveURL(/\/signup/);
      await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
      expect(await findUserByEmail(values.Email)).toBeNull();
    });
  }
});

test.describe("sign out and sign in", () => {
  test("signing out returns to the home page signed out @phone", async ({ page, signUp }) => {
    const user = await signUp();
    await signOut(page);

    await expect(page).toHaveURL(/\/$/);
    await openMenuIfCollapsed(page);
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(header.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await expect(header.getByText(user.name)).toHaveCount(0);

    // The session is really gone, not just hidden.
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
    const res = await page.request.get("/api/progress");
    expect(res.status()).toBe(401);
  });

  test("a registered learner signs in with the form", async ({ page, login }) => {
    const user = await login();
    await expect(page.getByRole("main")).toContainText(user.name);
    await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message and no session", async ({ page, browser, baseURL }) => {
    const user = await createUserElsewhere(browser, baseURL);

    await fillSignIn(page, user.email, `${user.password}-wrong`);
    await expect(alertWith(page, /Email or password is incorrect\./)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);

    await fillSignIn(page, `nobody-${user.email}`, user.password);
    await expect(alertWith(page, /Email or password is incorrect\./)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);

    expect((await page.request.get("/api/progress")).status()).toBe(401);
  });
});

test.describe("signed-in pages", () => {
  test("a visitor opening the dashboard is sent to sign in and comes back after signing in", async ({ page, browser, baseURL }) => {
    const user = await createUserElsewhere(browser, baseURL);

    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await fillSignIn(page, user.email, user.password, "");
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  });

  test("after signing in, a callbackUrl on this site is followed and one to another site is not", async ({ page, browser, baseURL }) => {
    const user = await createUserElsewhere(browser, baseURL);
    // A path on this site is followed...
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/quizzes")}`);
    await fillSignIn(page, user.email, user.password, "");
    await expect(page).toHaveURL(`${baseURL}/quizzes`);
    await signOut(page);
    // ...another site is not.
    for (const target of ["https://evil.example/steal", "//evil.example/steal"]) {
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
      await fillSignIn(page, user.email, user.password, "");
      await expect(page).toHaveURL(`${baseURL}/dashboard`);
      await signOut(page);
    }
  });
});

test.describe("rate limiting", () => {
  test("after 5 failed sign-ins an account is locked, even for the right password, while other accounts still sign in", async ({
    page,
    browser,
    baseURL,
  }) => {
    const user = await createUserElsewhere(browser, baseURL);
    // Failures 1 and 5 through the form, 2 to 4 straight to the endpoint: all count the same.
    await fillSignIn(page, user.email, "wrong-password-1");
    await expect(alertWith(page, /Email or password is incorrect\./)).toBeVisible();
    for (let attempt = 2; attempt <= 4; attempt++) {
      expect(await signInViaApi(page.request, user.email, `wrong-password-${attempt}`), `attempt ${attempt}`).toBe(false);
    }
    await fillSignIn(page, user.email, "wrong-password-5");
    await expect(alertWith(page, /Email or password is incorrect\./)).toBeVisible();

    await fillSignIn(page, user.email, "wrong-password-6");
    await expect(alertWith(page, /^\s*Too many sign-in attempts/)).toBeVisible();

    await fillSignIn(page, user.email, user.password);
    await expect(alertWith(page, /^\s*Too many sign-in attempts/)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
    expect(await signInViaApi(page.request, user.email, user.password), "the endpoint is locked too").toBe(false);
    expect((await page.request.get("/api/progress")).status()).toBe(401);

    // The limit is per account: someone else signs in from the same address.
    const other = await createUserElsewhere(browser, baseURL);
    await fillSignIn(page, other.email, other.password);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("after 20 failed sign-ins from one address, that address is refused for every account", async ({ page, browser, baseURL }) => {
    // This test's attempts come from an address of their own (RFC 5737 documentation range), so the address lock
    // does not spill over into other tests signing in from 127.0.0.1: `next start` keeps a client's
    // X-Forwarded-For and the app counts its last entry (lib/http/client-address.ts).
    const address = { "X-Forwarded-For": "203.0.113.20" };
    await page.setExtraHTTPHeaders(address);
    const user = await createUserElsewhere(browser, baseURL);
    // A different unknown account each time, so the per-account limit never applies.
    for (let attempt = 1; attempt <= 19; attempt++) {
      expect(await signInViaApi(page.request, newUser().email, "wrong-password", address), `attempt ${attempt}`).toBe(false);
    }
    await fillSignIn(page, newUser().email, "wrong-password");
    await expect(alertWith(page, /Email or password is incorrect\./), "attempt 20").toBeVisible();

    await fillSignIn(page, user.email, user.password);
    await expect(alertWith(page, /^\s*Too many sign-in attempts/)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);
  });
});
