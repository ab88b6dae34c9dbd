// Progress belongs to its learner: no page or route lets one learner read or change another's, cross-site
// requests are refused, and progress made in the browser before signing up can be imported.
import { test, expect, newUser, fillSignUp, type User } from "./support/fixtures";
import { findUserByEmail, lessonSlugsOf } from "./support/db";
import type { APIRequestContext, Browser, Page } from "@playwright/test";

const BROWSER_PROGRESS_KEY = "reachable.progress.v1";

/** A signed-in learner in a browser context of their own. */
async function learner(browser: Browser, baseURL: string | undefined): Promise<{ page: Page; api: APIRequestContext; user: User; id: string }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const user = newUser();
  await fillSignUp(page, user);
  await expect(page).toHaveURL(/\/dashboard$/);
  const row = await findUserByEmail(user.email);
  expect(row, "the signed-up user is in the database").not.toBeNull();
  return { page, api: context.request, user, id: row!.id };
}

/** The browser's own headers for a same-origin fetch, so the app sees what a real page would send. */
function sameOrigin(baseURL: string | undefined) {
  return { Origin: new URL(baseURL!).origin, "Sec-Fetch-Site": "same-origin" };
}

async function progressText(api: APIRequestContext): Promise<string> {
  const response = await api.get("/api/progress");
  expect(response.status()).toBe(200);
  return JSON.stringify(await response.json());
}

test("a learner cannot read or change another learner's progress through any page or route", async ({ browser, baseURL, request }) => {
  const alice = await learner(browser, baseURL);
  const bob = await learner(browser, baseURL);
  const headers = sameOrigin(baseURL);

  const marked = await alice.api.post("/api/progress/lessons", { data: { lessonSlug: "alice-only-lesson" }, headers });
  expect(marked.status(), await marked.text()).toBeLessThan(300);
  expect(await progressText(alice.api)).toContain("alice-only-lesson");
  expect(await lessonSlugsOf(alice.id)).toEqual(["alice-only-lesson"]);

  // Bob sees none of it, whichever way he asks.
  expect(await progressText(bob.api)).not.toContain("alice-only-lesson");
  for (const query of [`userId=${alice.id}`, `user=${alice.id}`, `id=${alice.id}`]) {
    const response = await bob.api.get(`/api/progress?${query}`);
    expect([200, 400], `GET /api/progress?${query}`).toContain(response.status());
    expect(await response.text(), `GET /api/progress?${query}`).not.toContain("alice-only-lesson");
  }

  // Bob cannot write into Alice's progress by naming her, in the body or the query string.
  const attempts = [
    bob.api.post("/api/progress/lessons", { data: { lessonSlug: "planted-by-bob", userId: alice.id }, headers }),
    bob.api.post(`/api/progress/lessons?userId=${alice.id}`, { data: { lessonSlug: "planted-by-bob-2" }, headers }),
    bob.api.post("/api/progress/import", { data: { lessons: ["planted-by-bob-3"], userId: alice.id }, headers }),
    bob.api.post(`/api/progress/import?userId=${alice.id}`, { data: { lessons: ["planted-by-bob-4"] }, headers }),
  ];
  for (const response of await Promise.all(attempts)) {
    expect([200, 201, 204, 400], `${response.url()} answered ${response.status()}`).toContain(response.status());
  }
  expect(await lessonSlugsOf(alice.id), "Alice's progress after Bob's attempts").toEqual(["alice-only-lesson"]);
  expect(await progressText(alice.api)).not.toContain("planted-by-bob");
  // Whatever was accepted (an ignored userId) went to Bob himself.
  const bobsLessons = await lessonSlugsOf(bob.id);
  expect(bobsLessons.every((slug) => slug.startsWith("planted-by-bob")), bobsLessons.join(", ")).toBe(true);

  // Alice's own dashboard shows her lesson, so its absence from Bob's below means something.
  await alice.page.goto("/dashboard");
  await expect(alice.page.getByRole("main")).toContainText("alice-only-lesson");

  // Bob's dashboard, however it is asked, shows his own progress and nothing of Alice's.
  for (const path of ["/dashboard", `/dashboard?userId=${alice.id}`, `/dashboard?user=${alice.user.email}`]) {
    await bob.page.goto(path);
    await expect(bob.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(bob.page.getByRole("main")).toContainText(bob.user.name);
    await expect(bob.page.getByRole("main")).not.toContainText(alice.user.name);
    expect(await bob.page.content()).not.toContain("alice-only-lesson");
  }

  // Signed out, the API gives nothing to anyone.
  const anonymous = await request.get(`/api/progress?userId=${alice.id}`);
  expect([400, 401]).toContain(anonymous.status());
  expect(await anonymous.text()).not.toContain("alice-only-lesson");

  await alice.page.context().close();
  await bob.page.context().close();
});

test("a visitor cannot write progress through the API", async ({ request, baseURL }) => {
  const headers = sameOrigin(baseURL);
  const lessons = await request.post("/api/progress/lessons", { data: { lessonSlug: "visitor-lesson" }, headers });
  expect(lessons.status()).toBe(401);
  expect((await lessons.json()).error).toEqual(expect.any(String));
  const imported = await request.post("/api/progress/import", { data: { lessons: ["visitor-lesson"] }, headers });
  expect(imported.status()).toBe(401);
});

test("a forged cross-site POST with the learner's cookies is refused", async ({ browser, baseURL }) => {
  const alice = await learner(browser, baseURL);

  const forged = [
    alice.api.post("/api/progress/lessons", { data: { lessonSlug: "forged-one" }, headers: { Origin: "https://evil.example" } }),
    alice.api.post("/api/progress/lessons", { data: { lessonSlug: "forged-two" }, headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" } }),
    alice.api.post("/api/progress/lessons", { data: { lessonSlug: "forged-three" }, headers: { "Sec-Fetch-Site": "cross-site" } }),
    alice.api.post("/api/progress/lessons", { data: { lessonSlug: "forged-four" }, headers: { Origin: "null" } }),
    // What a plain HTML form on another site can send without a CORS preflight.
    alice.api.post("/api/progress/import", {
      data: JSON.stringify({ lessons: ["forged-five"] }),
      headers: { Origin: "https://evil.example", "Content-Type": "text/plain" },
    }),
  ];
  for (const response of await Promise.all(forged)) {
    expect(response.status(), `${response.url()} must refuse a cross-site request`).toBe(403);
  }

  // The same page really posting a form from another site, in the browser.
  await alice.page.route("http://evil.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>evil</title><form method="post" enctype="text/plain" action="${baseURL}/api/progress/import">
        <input name='{"lessons":["forged-six"],"x":"' value='"}'></form><script>document.forms[0].submit()</script>`,
    }),
  );
  await alice.page.goto("http://evil.example/attack");
  await alice.page.waitForURL(`${baseURL}/api/progress/import`);

  expect(await lessonSlugsOf(alice.id), "nothing forged was stored").toEqual([]);
  expect(await progressText(alice.api)).not.toContain("forged");
  await alice.page.context().close();
});

test("progress made in the browser before signing up is offered for import and imported @phone", async ({ page }) => {
  // A visitor's progress as the app keeps it in localStorage.
  await page.goto("/");
  await page.evaluate(
    ({ key }) =>
      localStorage.setItem(
        key,
        JSON.stringify({ version: 1, lessons: { "vpc-basics": "2026-11-01T10:00:00.000Z", "subnets-and-route-tables": "2026-11-02T10:00:00.000Z" } }),
      ),
    { key: BROWSER_PROGRESS_KEY },
  );

  const user = newUser();
  await fillSignUp(page, user);
  await expect(page).toHaveURL(/\/dashboard$/);
  const region = page.getByRole("region", { name: "Progress from this browser" });
  await expect(page.getByRole("heading", { level: 2, name: "Progress from this browser" })).toBeVisible();
  await expect(region).toBeVisible();
  const id = (await findUserByEmail(user.email))!.id;
  expect(await lessonSlugsOf(id), "nothing is imported before the learner asks").toEqual([]);

  await region.getByRole("button", { name: "Import progress" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Progress from this browser" })).toHaveCount(0);
  await expect(page.getByText("You have not completed any lessons yet.")).toHaveCount(0);
  await expect.poll(() => lessonSlugsOf(id)).toEqual(["subnets-and-route-tables", "vpc-basics"]);
  const progress = await page.request.get("/api/progress");
  expect(JSON.stringify(await progress.json())).toContain("vpc-basics");
  // The browser's copy is spent: a reload offers nothing more.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import progress" })).toHaveCount(0);
});
