// Graded exercises, end to end on the real app, engine and database: the Exercises page with the learner's
// status; the player's Check (the engine in the browser) explaining a failing goal with its packet and the
// deciding route, drawn on the diagram; a fix by mouse, Submit (graded by the server) and the solved state, kept
// across a reload and shown on the dashboard; another exercise solved by keyboard alone; hints revealed one
// tier at a time and recorded; Reset to start with its confirmation; a visitor plays but must sign in to submit;
// axe in light and dark on the list and the player, desktop and 375 px.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { player, checkUntilLive } from "./support/exercise-player";
import { test, expect, newUser } from "./support/fixtures";
import { tabTo } from "./support/keyboard";

type ExerciseFile = { id: string; title: string; goals: { id: string; description: string; hidden?: boolean }[]; hints: string[] };

/** An exercise as its content file states it (title, goal descriptions, hint texts). */
function exerciseFile(id: string): ExerciseFile {
  return JSON.parse(readFileSync(join(process.cwd(), "content/exercises", `${id}.json`), "utf8")) as ExerciseFile;
}

/** Hint texts as the player shows them: the brief's `code` marks are formatting, not text. */
const shown = (markdown: string) => markdown.replace(/`/g, "").replace(/\*\*/g, "");

const ROUTE = exerciseFile("internet-gateway-route");
const PUBLIC_IP = exerciseFile("instance-public-ip");
const NACL = exerciseFile("nacl-rule-order");

test.describe("exercises", () => {
  test("a learner sees a failing goal explained, fixes it by mouse, submits, and the solve is kept and shown on the dashboard", async ({ page, signUp, axe }) => {
    await signUp();
    await page.goto("/exercises");
    await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
    const listItem = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: ROUTE.title, exact: true }) });
    await expect(listItem).toContainText("New");
    await listItem.getByRole("link", { name: ROUTE.title, exact: true }).click();
    await expect(page).toHaveURL(`/exercises/${ROUTE.id}`);
    await expect(page.getByRole("heading", { level: 1, name: ROUTE.title })).toBeVisible();

    const p = player(page);
    for (const goal of ROUTE.goals) await expect(p.goal(goal.description)).toContainText("Not checked yet");

    // Check first: the failing goal, its packet and the route table that decided it, drawn on the diagram.
    await p.check.click();
    await expect(p.status).toContainText("Check: 2 of 4 goals met. Not met: Customers on the internet reach the web server on tcp/443.");
    const https = p.goal("Customers on the internet reach the web server on tcp/443.");
    await expect(https).toContainText("✗ Not met");
    await expect(https).toContainText("Expected to be reachable, but it is blocked.");
    await expect(https).toContainText("Failing packet (the reply): tcp 10.0.1.10:443 → 198.51.100.10:50000");
    await expect(https).toContainText("Decided by (NO_ROUTE_TO_DESTINATION):");
    await expect(https).toContainText("Route table rtb-web (subnet-web-a) has no route that matches 198.51.100.10.");
    await expect(https.getByRole("button", { name: "Show on the diagram" })).toHaveAttribute("aria-pressed", "true");
    await expect(p.goal("The internet cannot reach the database on tcp/5432.").getByRole("button", { name: "Show on the diagram" })).toHaveAttribute("aria-pressed", "false");
    await expect(p.goal("The internet cannot reach the database on tcp/5432.")).toContainText("✓ Met");
    // The diagram draws the reply leg stopped (dashed, ✗) and the narrative tells it in words.
    await expect(p.main.locator('svg:visible polyline[data-leg="return-blocked"]')).toHaveCount(1);
    await expect(p.main.locator("svg:visible .rn-mark-blocked")).toHaveCount(1);
    await expect(p.main.getByRole("heading", { name: "What happens to the packet" })).toBeVisible();
    await expect(p.main.locator(".rn-narrative")).toContainText("rtb-web");

    // Fix it by mouse: the default route to the internet gateway.
    const addRoute = p.routes.getByRole("form", { name: "Add a route to rtb-web" });
    await addRoute.getByLabel("Destination").fill("0.0.0.0/0");
    await addRoute.getByLabel("Target").selectOption("igw-shop");
    await addRoute.getByRole("button", { name: "Add route" }).click();
    await expect(p.routes.getByRole("row").filter({ hasText: "igw-shop" })).toHaveCount(1);
    await expect(p.main.getByText("You changed the network after this check")).toBeVisible();
    await p.check.click();
    await expect(p.status).toContainText("Check: 4 of 4 goals met.");
    for (const goal of ROUTE.goals) await expect(p.goal(goal.description)).toContainText("✓ Met");

    // Submit: the server grades and its verdict is shown, with the attempt in the history.
    await p.submit.click();
    await expect(p.status).toContainText("Solved: every goal is met. Your solution is saved.");
    await expect(p.main.getByRole("heading", { name: "Graded: solved" })).toBeVisible();
    await expect(p.main.getByRole("heading", { level: 2, name: "Solved" })).toBeVisible();
    const attempts = p.main.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Hints used" }) });
    await expect(attempts.getByRole("row")).toHaveCount(2);
    await expect(attempts.getByRole("row").nth(1)).toContainText("Solved");
    await axe(`/exercises/${ROUTE.id} solved, with the graded verdict and the attempt history`);

    // A reload keeps the solved state and restores the learner's solution.
    await page.reload();
    await expect(p.main.getByText(/^The network below is your solution, submitted /)).toBeVisible();
    await expect(p.routes.getByRole("row").filter({ hasText: "igw-shop" })).toHaveCount(1);
    await expect(attempts.getByRole("row")).toHaveCount(2);

    // The Exercises page and the dashboard say it is solved.
    await page.goto("/exercises");
    await expect(listItem).toContainText("Solved");
    await page.goto("/dashboard");
    const section = page.getByRole("main").locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Exercises", exact: true }) });
    await expect(section).toContainText(/1 of 1 solved|Solved/);
    await expect(section.getByRole("listitem").filter({ hasText: new RegExp(`${ROUTE.title}|${ROUTE.id}`) })).toContainText("Solved");
  });

  test("another exercise is solved by keyboard alone", async ({ page }) => {
    // Sign up with the keyboard too: type in each field, Tab between them, Enter to send.
    const user = newUser();
    await page.goto("/signup");
    await tabTo(page, page.getByLabel("Name", { exact: true }));
    await page.keyboard.type(user.name);
    await page.keyboard.press("Tab");
    await page.keyboard.type(user.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(user.password);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/exercises");
    const link = page.getByRole("link", { name: PUBLIC_IP.title, exact: true });
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`/exercises/${PUBLIC_IP.id}`);
    const p = player(page);
    await expect(page.getByRole("heading", { level: 1, name: PUBLIC_IP.title })).toBeVisible();

    await tabTo(page, p.check);
    await page.keyboard.press("Enter");
    const https = p.goal("Customers on the internet reach the web server on tcp/443.");
    await expect(https).toContainText("✗ Not met");
    await expect(https).toContainText("Failing packet: tcp 198.51.100.10:50000 → 10.0.1.10:443");
    await expect(https).toContainText("Decided by (IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS):");
    await expect(https).toContainText("Internet gateway igw-shop drops inbound traffic to 10.0.1.10");

    // Associate a public IPv4 address with the web server's interface: type it and press Enter.
    const form = p.main.getByRole("form", { name: "Associate a public IPv4 address with eni-web" });
    await tabTo(page, form.getByLabel("Elastic IP address"));
    await page.keyboard.type("203.0.113.10");
    await page.keyboard.press("Enter");
    await expect(p.main.getByText("Public IPv4 address: 203.0.113.10")).toBeVisible();

    await tabTo(page, p.check, { back: true });
    await page.keyboard.press("Space");
    await expect(p.status).toContainText(`Check: ${PUBLIC_IP.goals.length} of ${PUBLIC_IP.goals.length} goals met.`);
    await tabTo(page, p.submit);
    await page.keyboard.press("Enter");
    await expect(p.status).toContainText("Solved: every goal is met. Your solution is saved.");
    await expect(p.main.getByRole("heading", { level: 2, name: "Solved" })).toBeVisible();
  });

  test("hints are revealed one tier at a time and recorded; Reset to start asks first", async ({ page, signUp, axe }) => {
    await signUp();
    await page.goto(`/exercises/${NACL.id}`);
    const p = await checkUntilLive(page); // or the first Show hint click may come before hydration
    const hints = p.main.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Hints" }) });
    const total = NACL.hints.length;
    for (let i = 0; i < total; i++) {
      await hints.getByRole("button", { name: `Show hint ${i + 1} of ${total}` }).click();
      await expect(hints.getByRole("listitem")).toHaveCount(i + 1);
      await expect(hints.getByRole("listitem").nth(i)).toHaveText(`Hint ${i + 1} of ${total}: ${shown(NACL.hints[i]!)}`);
      await expect(p.status).toContainText(`Hint ${i + 1} of ${total}:`);
    }
    await expect(hints).toContainText("Every hint is shown.");
    await expect(hints.getByRole("button")).toHaveCount(0);
    // The last reveal removed the button: focus went to the last hint, not to the page body.
    await expect(hints.getByRole("listitem").nth(total - 1)).toBeFocused();
    await axe(`/exercises/${NACL.id} with every hint shown`);
    // Recorded by the server: a reload shows the same hints.
    await page.reload();
    await expect(hints.getByRole("listitem")).toHaveCount(total);

    // An edit, then Reset to start: Cancel keeps it, Yes, reset undoes it.
    const acl = p.main.locator("section").filter({ has: page.getByRole("heading", { name: /^Network ACL acl-web/ }) });
    const inbound = acl.getByRole("table").filter({ hasText: "Inbound rules" });
    const before = await inbound.getByRole("row").count();
    const add = acl.getByRole("form", { name: "Add a rule to acl-web" });
    await add.getByLabel("Rule number").fill("90");
    await add.getByLabel("Source CIDR").fill("198.51.100.128/25");
    await add.getByLabel("Allow/Deny").selectOption("deny");
    await add.getByRole("button", { name: "Add rule" }).click();
    await expect(inbound.getByRole("row")).toHaveCount(before + 1);

    await p.main.getByRole("button", { name: "Reset to start" }).click();
    const dialog = page.getByRole("dialog", { name: "Reset the network to its start?" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await axe(`/exercises/${NACL.id} with the reset dialog open`);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(inbound.getByRole("row")).toHaveCount(before + 1);

    await p.main.getByRole("button", { name: "Reset to start" }).click();
    await dialog.getByRole("button", { name: "Yes, reset" }).click();
    await expect(dialog).toBeHidden();
    await expect(p.status).toContainText("The network is back to its starting state.");
    await expect(inbound.getByRole("row")).toHaveCount(before);
  });

  test("a visitor can play and check, but must sign in to submit or reveal hints", async ({ page }) => {
    // The lesson lists its exercises in a Practice section, linked to the player.
    await page.goto("/course/subnets");
    const practice = page.getByRole("region", { name: "Practice" });
    await expect(practice.getByRole("link", { name: ROUTE.title, exact: true })).toHaveAttribute("href", `/exercises/${ROUTE.id}`);
    await page.goto(`/exercises/${ROUTE.id}`);
    const p = player(page);
    await expect(p.main.getByText("You can edit and check this exercise as a visitor.")).toBeVisible();
    await p.check.click();
    await expect(p.status).toContainText("Check: 2 of 4 goals met.");
    await expect(p.submit).toHaveCount(0);
    await expect(p.main.getByRole("link", { name: "Sign in to submit" })).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/exercises/${ROUTE.id}`)}`);
    await expect(p.main.getByRole("button", { name: /^Show hint/ })).toHaveCount(0);
    // The API agrees: a visitor's submission is refused and nothing is graded.
    const response = await page.request.post(`/api/exercises/${ROUTE.id}/attempts`, { data: { changes: [] }, headers: { Origin: new URL(page.url()).origin } });
    expect(response.status()).toBe(401);
  });

  test("the console-like editors: a load balancer's scheme and a transit gateway route table's associations and propagations", async ({ page }) => {
    await page.goto("/exercises/load-balancer-scheme");
    const p = player(page);
    await p.check.click();
    await expect(p.status).toContainText(/^Check: \d of \d goals met\. Not met: /);
    const scheme = p.main.getByRole("form", { name: /^Change scheme of / });
    await scheme.getByLabel("Scheme").selectOption("internet-facing");
    await scheme.getByRole("button", { name: "Save scheme" }).click();
    await expect(p.main.getByText("Scheme: Internet-facing")).toBeVisible();
    await p.check.click();
    await expect(p.status).toContainText(/^Check: (\d) of \1 goals met\./);

    await page.goto("/exercises/transit-gateway-isolation");
    await p.check.click();
    await expect(p.status).toContainText("Not met: ");
    const table = (id: string) => p.main.getByRole("region", { name: `Transit gateway route table ${id}`, exact: true });
    const box = (id: string, legend: RegExp, attachment: string) => table(id).getByRole("group", { name: legend }).getByRole("checkbox", { name: new RegExp(`^${attachment} `) });
    await box("tgw-rtb-spokes", /^Associations/, "tgw-attach-shared").uncheck();
    await box("tgw-rtb-shared", /^Associations/, "tgw-attach-shared").check();
    await box("tgw-rtb-spokes", /^Propagations/, "tgw-attach-dev").uncheck();
    await box("tgw-rtb-spokes", /^Propagations/, "tgw-attach-prod").uncheck();
    await box("tgw-rtb-shared", /^Propagations/, "tgw-attach-dev").check();
    await box("tgw-rtb-shared", /^Propagations/, "tgw-attach-prod").check();
    // A static route: created as a blackhole, then deleted.
    const statics = p.main.getByRole("region", { name: "Transit gateway route table tgw-rtb-spokes: Static routes", exact: true });
    const create = statics.getByRole("form", { name: "Create a static route in tgw-rtb-spokes" });
    await create.getByLabel("CIDR").fill("10.9.0.0/16");
    await create.getByLabel("Attachment").selectOption({ label: "Blackhole (drop the traffic)" });
    await create.getByRole("button", { name: "Create static route" }).click();
    await expect(statics.getByRole("row").filter({ hasText: "10.9.0.0/16" })).toContainText("Blackhole");
    await statics.getByRole("button", { name: "Delete static route 10.9.0.0/16" }).click();
    await expect(statics.getByRole("row").filter({ hasText: "10.9.0.0/16" })).toHaveCount(0);
    await expect(box("tgw-rtb-spokes", /^Associations/, "tgw-attach-shared")).not.toBeChecked();
    await expect(box("tgw-rtb-shared", /^Propagations/, "tgw-attach-prod")).toBeChecked();
    await p.check.click();
    await expect(p.status).toContainText(/^Check: (\d) of \1 goals met\./);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the Exercises page and the player pass axe in ${scheme} mode @phone`, async ({ page, axe }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/exercises");
      await expect(page.getByRole("heading", { level: 1, name: "Exercises" })).toBeVisible();
      await axe(`/exercises (${scheme})`);
      await page.goto(`/exercises/${ROUTE.id}`);
      const p = player(page);
      await p.check.click();
      await expect(p.goal("Customers on the internet reach the web server on tcp/443.")).toContainText("✗ Not met");
      await axe(`/exercises/${ROUTE.id} after Check (${scheme})`);
      await page.screenshot({ path: testInfo.outputPath(`player-${scheme}.png`), fullPage: true });
      // The diagram's table view scrolls sideways at 375 px inside a focusable, labelled region.
      await p.main.getByRole("button", { name: "Show as table" }).click();
      await expect(p.main.getByRole("region", { name: /\(table\)$/ }).first()).toBeVisible();
      await axe(`/exercises/${ROUTE.id} table view (${scheme})`);
    });
  }
});
