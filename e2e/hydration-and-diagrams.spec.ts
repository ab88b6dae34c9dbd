// Before hydration and in the diagrams, on the real app and engine:
// - the exercise player and the quiz chooser are static HTML until React hydrates them: their controls are
//   disabled and say "Loading…" until then (the page's scripts are held back to see that state), and the first
//   click once they are enabled does its job, with no retrying; a signed-in learner's first Show hint click is
//   recorded;
// - lesson 07's pending peering connection is dashed and greyed and says "pending acceptance" on the diagram, in
//   the table view and in the narrative of a packet dropped at a route to it;
// - lesson 08's probe through the payments load balancer lights one node of it, not both;
// axe in the loading state and on the diagrams, light and dark. Screenshots go to test-results/hydration-diagrams/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { player } from "./support/exercise-player";
import { test, expect } from "./support/fixtures";

const SHOTS = join(process.cwd(), "test-results", "hydration-diagrams");

type ExerciseFile = { id: string; goals: unknown[]; hints: string[] };
const exerciseFile = (id: string) => JSON.parse(readFileSync(join(process.cwd(), "content/exercises", `${id}.json`), "utf8")) as ExerciseFile;
const NACL = exerciseFile("nacl-rule-order");

/** Holds the page's JavaScript chunks back until `release()`, so the server's HTML can be seen before hydration. */
async function holdScripts(page: Page): Promise<{ release: () => Promise<void> }> {
  const held: { continue: () => Promise<void> }[] = [];
  let released = false;
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return {
    release: async () => {
      released = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

test.describe("before hydration", () => {
  test("the exercise player is disabled and says Loading… until hydrated; then one click on Check answers", async ({ page, axe }) => {
    const scripts = await holdScripts(page);
    await page.goto(`/exercises/${NACL.id}`, { waitUntil: "commit" });
    const p = player(page);
    await expect(p.check).toBeVisible();
    await expect(p.check).toBeDisabled();
    // The fieldset's description (visually hidden, so that it leaves no gap when it goes on hydration).
    await expect(p.main.getByRole("group", { description: "Loading the exercise… Check, the editors and the diagram work once the page has loaded." })).toBeAttached();
    await expect(p.main.getByRole("status").filter({ hasText: "Loading…" }).first()).toBeVisible();
    await expect(p.main.getByRole("button", { name: "Show as table" })).toBeDisabled();
    await expect(p.main.getByRole("button", { name: /^Show hint/ })).toHaveCount(0);
    await page.screenshot({ path: join(SHOTS, "exercise-before-hydration.png") });
    await axe(`/exercises/${NACL.id} before hydration`);

    await scripts.release();
    await expect(p.check).toBeEnabled();
    await expect(p.main.getByText(/^Loading the exercise…/)).toHaveCount(0);
    await p.check.click(); // once: an enabled Check is a live one
    await expect(p.status).toContainText(/^Check: \d+ of \d+ goals met/, { timeout: 2_000 });
    await expect(p.main.getByRole("button", { name: "Show as table" })).toBeEnabled();
    await page.screenshot({ path: join(SHOTS, "exercise-after-check.png") });
  });

  test("a signed-in learner's first Show hint click, with nothing pressed before it, is recorded", async ({ page, signUp }) => {
    await signUp();
    await page.goto(`/exercises/${NACL.id}`);
    const hints = page.getByRole("main").locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Hints" }) });
    await hints.getByRole("button", { name: `Show hint 1 of ${NACL.hints.length}` }).click();
    await expect(hints.getByRole("listitem")).toHaveCount(1);
    await page.reload();
    await expect(hints.getByRole("listitem")).toHaveCount(1);
    await expect(hints.getByRole("button", { name: `Show hint 2 of ${NACL.hints.length}` })).toBeVisible();
  });

  test("the quiz chooser's forms are disabled and say Loading… until hydrated; then one click on Start practice starts it", async ({ page, signUp, axe }) => {
    await signUp();
    const scripts = await holdScripts(page);
    await page.goto("/quizzes", { waitUntil: "commit" });
    const start = page.getByRole("button", { name: "Start practice" });
    await expect(start).toBeVisible();
    await expect(start).toBeDisabled();
    await expect(page.getByRole("button", { name: "Start exam" })).toBeDisabled();
    await expect(page.getByRole("button", { name: /^Half: 30 questions/ })).toBeDisabled();
    await expect(page.getByRole("status").filter({ hasText: "Loading… the quiz forms work once the page has loaded." })).toBeVisible();
    await axe("/quizzes before hydration");

    await scripts.release();
    await expect(start).toBeEnabled();
    await start.click(); // once
    await expect(page.getByRole("heading", { level: 1, name: "Practice" })).toBeVisible();
    await expect(page).toHaveURL(/\/quizzes\/sessions\/[^/]+$/);
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`lesson 07: a pending peering connection is dashed, greyed and says pending acceptance on the diagram, the table and the narrative (${scheme})`, async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/course/connecting-vpcs");
    const figure = page.locator("figure").filter({ hasText: "pcx-shared-partner waits for the partner account to accept it" }).first();
    await figure.scrollIntoViewIfNeeded();
    const pending = figure.getByRole("button", { name: /^Peering shared-partner\s+pending acceptance$/ });
    await expect(pending).toBeVisible();
    await expect(pending).toHaveAccessibleDescription(/VPC peering connection, pending acceptance/);
    const dash = (name: RegExp) => figure.getByRole("button", { name }).locator("rect.rn-node-box").evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(await dash(/^Peering shared-partner/)).not.toBe("none");
    expect(await dash(/^Peering app-shared/)).toBe("none");
    // Its links are dashed too (an active connection's are solid).
    const linkDash = await figure.locator("svg:visible polyline.rn-link-pending").first().evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(linkDash).not.toBe("none");
    await figure.screenshot({ path: join(SHOTS, `lesson-07-peering-${scheme}.png`) });
    await axe(`/course/connecting-vpcs (${scheme})`);

    await figure.getByRole("button", { name: "Show as table" }).click();
    const table = figure.getByRole("region", { name: /^Components.* \(table\)$/ });
    await expect(table.getByRole("row", { name: /pcx-shared-partner/ })).toContainText("VPC peering connection (pending acceptance)");
    await expect(table.getByRole("row", { name: /pcx-app-shared/ })).not.toContainText("pending");
    await axe(`/course/connecting-vpcs with the table view (${scheme})`);

    // The path probe on the same network: shared-api to the partner VPC, dropped at the blackhole route.
    const lab = page.locator("[data-lab]").first(); // the lesson's PathProbe on lesson-07-peering
    const probe = lab.getByRole("region", { name: "Path probe" });
    await probe.scrollIntoViewIfNeeded();
    await probe.getByLabel("Source", { exact: true }).selectOption("i-shared");
    await probe.getByLabel("Destination", { exact: true }).selectOption({ label: "An IP address…" });
    await probe.getByLabel("Destination IP").fill("172.16.1.10");
    const last = lab.locator(".rn-narrative li").last();
    await expect(last).toContainText("BAD_STATE_ROUTE");
    await expect(last).toContainText("Peering connection pcx-shared-partner is pending acceptance");
    await lab.screenshot({ path: join(SHOTS, `lesson-07-pending-narrative-${scheme}.png`) });
  });
}

test("lesson 07 and 08: a path between VPCs follows the drawn links, and lights one load balancer node", async ({ page }) => {
  await page.goto("/course/connecting-vpcs");
  const lab = page.locator("[data-lab]").first(); // the PathProbe on lesson-07-peering: i-app to i-analytics
  const probe = lab.getByRole("region", { name: "Path probe" });
  await probe.scrollIntoViewIfNeeded();
  await probe.getByLabel("Destination", { exact: true }).selectOption("i-shared");
  await expect(lab.locator(".rn-narrative li").last()).toContainText("reachable");
  await lab.screenshot({ path: join(SHOTS, "lesson-07-path-app-to-shared.png") });

  await page.goto("/course/private-access-to-services");
  const lab8 = page.locator("[data-lab]").nth(1); // the PathProbe on lesson-08-privatelink: i-app-b to vpce-payments
  await lab8.scrollIntoViewIfNeeded();
  await expect(lab8.getByRole("region", { name: "Path probe" }).getByLabel("Destination", { exact: true })).toHaveValue("vpce-payments");
  const svg = lab8.locator("svg.rn-svg:visible");
  await expect(svg.locator(".rn-on-path")).not.toHaveCount(0);
  // i-app-b reaches the service through the endpoint interface and load balancer node in its own zone (b) only.
  await expect(svg.locator('.rn-on-path[data-node-id*="payments-nlb"]')).toHaveCount(1);
  await expect(svg.locator('.rn-on-path[data-node-id*="payments-nlb"]')).toHaveAttribute("data-node-id", /@subnet-pay-b$/);
  await expect(svg.locator('.rn-on-path[data-node-id^="vpce-payments"]')).toHaveCount(1);
  await expect(svg.locator('.rn-on-path[data-node-id^="vpce-payments"]')).toHaveAttribute("data-node-id", "vpce-payments@subnet-app-b");
  await lab8.screenshot({ path: join(SHOTS, "lesson-08-privatelink-path.png") });
});
