// The dashboard of a learner who has done nothing yet.
import { test, expect } from "./support/fixtures";

test("a new learner's dashboard greets them and shows an empty state for each section @phone", async ({ page, signUp }) => {
  const user = await signUp();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(main).toContainText(user.name);

  const sections = [
    { h2: "Lessons", empty: "You have not completed any lessons yet.", link: "Start the course", href: "/course" },
    { h2: "Exercises", empty: "You have not attempted any exercises yet.", link: "Browse exercises", href: "/exercises" },
    { h2: "Quizzes", empty: "You have not taken any quizzes yet.", link: "Practice a quiz", href: "/quizzes" },
  ];
  for (const s of sections) {
    await expect(main.getByRole("heading", { level: 2, name: s.h2, exact: true })).toBeVisible();
    await expect(main.getByText(s.empty, { exact: true })).toBeVisible();
    await expect(main.getByRole("link", { name: s.link, exact: true })).toHaveAttribute("href", s.href);
  }
  // Nothing was done in this browser while signed out, so nothing is offered for import.
  await expect(page.getByRole("heading", { name: "Progress from this browser" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import progress" })).toHaveCount(0);

  await main.getByRole("link", { name: "Browse exercises", exact: true }).click();
  await expect(page).toHaveURL(/\/exercises$/);
  await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
});

test("the dashboard's own API answers a visitor with 401 JSON", async ({ request }) => {
  const response = await request.get("/api/progress");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(typeof body.error).toBe("string");
  expect(body.error.length).toBeGreaterThan(0);
});
