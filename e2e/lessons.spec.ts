// Lessons: every lesson in content/lessons renders its title, table of contents and widgets, and passes axe in
// the light and the dark scheme. Then the lesson-3 NetworkLab is used as a learner would, once by mouse and once
// by keyboard alone: probe a path, edit a route, a security group rule and a network ACL rule and watch the verdict
// and the hop lists follow, and see invalid edits refused inline. Marking a lesson complete is checked for a
// visitor (kept in this browser) and for a signed-in learner (shown on the dashboard).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures";

type LessonFile = { slug: string; title: string; headings: string[]; widgets: Record<string, number>; matrices: string[][] };

const LESSONS_DIR = join(process.cwd(), "content/lessons");

/** The lessons as the files describe them: slug from `NN-slug.mdx`, title from the frontmatter, ## headings, widget counts. */
function lessonFiles(): LessonFile[] {
  return readdirSync(LESSONS_DIR)
    .filter((f) => /^\d+-.+\.mdx$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(LESSONS_DIR, file), "utf8");
      const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? "";
      // Headings outside fenced code blocks.
      const prose = text.replace(/```[\s\S]*?```/g, "");
      const headings = [...prose.matchAll(/^##\s+(.+)$/gm)].map((m) => m[1]!.replace(/`/g, "").replace(/\*\*?/g, "").trim());
      const count = (tag: string) => (prose.match(new RegExp(`<${tag}\\b`, "g")) ?? []).length;
      return {
        slug: file.replace(/^\d+-/, "").replace(/\.mdx$/, ""),
        title,
        headings,
        matrices: [...prose.matchAll(/<ReachabilityMatrix\b[^>]*\bendpoints=\{(\[[^\]]*\])\}/g)].map((m) => JSON.parse(m[1]!) as string[]),
        widgets: { TopologyDiagram: count("TopologyDiagram"), PathProbe: count("PathProbe"), NetworkLab: count("NetworkLab"), ReachabilityMatrix: count("ReachabilityMatrix") },
      };
    });
}

const lessons = lessonFiles();

test("the lesson files are found", () => {
  expect(lessons.length).toBeGreaterThan(0);
  for (const l of lessons) expect(l.title, l.slug).not.toBe("");
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`lessons, ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const lesson of lessons) {
      test(`${lesson.slug}: title, table of contents and widgets render, no serious accessibility violations`, async ({ page, axe }) => {
        await page.goto(`/course/${lesson.slug}`);
        await expect(page.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
        await expect(page).toHaveTitle(new RegExp(lesson.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));

        const toc = page.getByRole("navigation", { name: "On this page" });
        await expect(toc).toBeVisible();
        for (const heading of lesson.headings) {
          await expect(toc.getByRole("link", { name: heading, exact: true }), `table of contents link "${heading}"`).toBeVisible();
          await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeAttached();
        }

        const w = lesson.widgets;
        const main = page.getByRole("main");
        // Diagrams (TopologyDiagram, PathProbe and NetworkLab each draw one, with its view toolbar).
        const diagrams = w.TopologyDiagram! + w.PathProbe! + w.NetworkLab!;
        await expect(main.getByRole("toolbar", { name: "Diagram view" })).toHaveCount(diagrams);
        await expect(main.getByRole("group", { name: /^Network diagram/ })).toHaveCount(diagrams);
        for (const diagram of await main.getByRole("group", { name: /^Network diagram/ }).all()) {
          await expect(diagram.getByRole("button").first()).toBeVisible();
        }
        // Path probes (PathProbe and NetworkLab), each with a verdict for its initial query.
        const probes = main.getByRole("region", { name: "Path probe" });
        await expect(probes).toHaveCount(w.PathProbe! + w.NetworkLab!);
        for (const probe of await probes.all()) {
          await expect(probe.locator("p").filter({ hasText: /^(✓ Reachable|✗ Blocked):/ })).toBeVisible();
          await expect(probe.getByRole("list", { name: "Request path, hop by hop" })).toBeVisible();
        }
        await expect(main.getByRole("heading", { name: "Edit the network" })).toHaveCount(w.NetworkLab!);
        // Matrices: a table per matrix, a row per endpoint, each cell the engine's answer.
        const matrices = main.getByRole("table", { name: /^Can each source \(row\) reach each destination \(column\)/ });
        await expect(matrices).toHaveCount(lesson.matrices.length);
        for (const [i, endpoints] of lesson.matrices.entries()) {
          await expect(matrices.nth(i).getByRole("rowheader")).toHaveText(endpoints);
          await expect(matrices.nth(i).getByRole("cell").filter({ hasText: /\S/ })).toHaveCount(endpoints.length * endpoints.length);
        }
        // No widget failed to load its network.
        await expect(main.getByText(/cannot be (loaded|analysed)/)).toHaveCount(0);

        await axe(`/course/${lesson.slug} (${colorScheme})`);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The lesson-3 lab: i-web → 8.8.8.8 TCP 443, editable rtb-public, sg-web and acl-public.

const LAB_LESSON = "internet-gateways";

function labOf(page: Page) {
  // The NetworkLab: the innermost block holding both its path probe and its editors.
  const root = page
    .locator("div")
    .filter({ has: page.getByRole("heading", { name: "Edit the network" }) })
    .filter({ has: page.getByRole("region", { name: "Path probe" }) })
    .last();
  const probe = root.getByRole("region", { name: "Path probe" });
  return {
    root,
    probe,
    // The verdict sentence (the paragraph in the probe's live region).
    verdict: probe.locator("p").filter({ hasText: /^(✓ Reachable|✗ Blocked):/ }),
    request: probe.getByRole("list", { name: "Request path, hop by hop" }),
    reply: probe.getByRole("list", { name: "Reply path, hop by hop" }),
    narrative: root.getByText("What happens to the packet").locator(".."),
    routes: root.getByRole("region", { name: /^Route table rtb-public/ }),
    group: root.getByRole("region", { name: /^Security group sg-web/ }),
    acl: root.getByRole("region", { name: /^Network ACL acl-public/ }),
  };
}
type Lab = ReturnType<typeof labOf>;

/** Hop list items as a learner reads them: "3. ✓ sg-web (security group) …". */
function hops(...ids: string[]): RegExp[] {
  return ids.map((id) => new RegExp(`^\\d+\\.\\s*✓\\s*${id} \\(`));
}
function blockedHop(id: string, code: string): RegExp {
  return new RegExp(`^\\d+\\.\\s*✗\\s*${id} \\(.*Blocked \\(${code}\\)`);
}

async function expectReachable(lab: Lab) {
  await expect(lab.verdict).toHaveText(/^✓ Reachable: i-web → 8\.8\.8\.8 tcp 443, and the reply returns\./);
  await expect(lab.request.getByRole("listitem")).toHaveText(hops("i-web", "eni-web", "sg-web", "acl-public", "rtb-public", "igw-shop"));
  await expect(lab.reply.getByRole("listitem")).toHaveText(hops("igw-shop", "acl-public", "sg-web", "eni-web", "i-web"));
}

async function expectBlocked(lab: Lab, at: string, code: string, sentence: RegExp, requestHops: RegExp[]) {
  await expect(lab.verdict).toContainText(`✗ Blocked: i-web → 8.8.8.8 tcp 443 at ${at} (${code}`);
  await expect(lab.verdict).toContainText(sentence);
  if (requestHops.length > 0) await expect(lab.request.getByRole("listitem")).toHaveText(requestHops);
  // The narrative ends on the blocking component, marked blocked.
  await expect(lab.narrative.getByRole("listitem").last()).toContainText(at);
  await expect(lab.narrative.getByRole("listitem").last()).toContainText(/blocked/i);
}

const routeRemoved = [...hops("i-web", "eni-web", "sg-web", "acl-public"), blockedHop("rtb-public", "NO_ROUTE_TO_DESTINATION")];
const sgRemoved = [...hops("i-web", "eni-web"), blockedHop("sg-web", "ENI_SG_RULES_MISMATCH")];
const aclDenied = [...hops("i-web", "eni-web", "sg-web"), blockedHop("acl-public", "SUBNET_ACL_RESTRICTION")];

test.describe("NetworkLab on the internet gateways lesson", () => {
  test("by mouse: probe, edit a route, a security group rule and a network ACL rule; invalid edits are refused", async ({ page }) => {
    await page.goto(`/course/${LAB_LESSON}`);
    const lab = labOf(page);
    await expectReachable(lab);

    // Probe another path and read its verdict, then go back.
    await lab.probe.getByLabel("Source", { exact: true }).selectOption("i-build");
    await expect(lab.verdict).toContainText("✗ Blocked: i-build → 8.8.8.8 tcp 443 at igw-shop (IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS)");
    await expect(lab.probe.getByText("No reply: the request was not delivered.")).toBeVisible();
    await lab.probe.getByLabel("Source", { exact: true }).selectOption("i-web");
    await expectReachable(lab);

    // Route: remove the default route, then add it back.
    await lab.routes.getByRole("button", { name: "Remove route 0.0.0.0/0" }).click();
    await expectBlocked(lab, "rtb-public", "NO_ROUTE_TO_DESTINATION", /has no route that matches 8\.8\.8\.8/, routeRemoved);
    await expect(lab.probe.getByText("No reply: the request was not delivered.")).toBeVisible();
    await expect(lab.routes.getByRole("button", { name: "Remove route 0.0.0.0/0" })).toHaveCount(0);
    const addRoute = lab.routes.getByRole("form", { name: "Add a route to rtb-public" });
    await addRoute.getByLabel("Destination").click();
    await addRoute.getByLabel("Destination").fill("0.0.0.0/0");
    await addRoute.getByLabel("Target").selectOption("igw-shop");
    await addRoute.getByRole("button", { name: "Add route" }).click();
    await expectReachable(lab);
    await expect(lab.routes.getByRole("row", { name: /0\.0\.0\.0\/0 igw-shop Active/ })).toBeVisible();

    // Security group: remove the IPv4 outbound rule, then add one back.
    await lab.group.getByRole("button", { name: "Remove outbound rule All traffic All destination 0.0.0.0/0" }).click();
    await expectBlocked(lab, "sg-web", "ENI_SG_RULES_MISMATCH", /outbound: no rule allows tcp 443 to 8\.8\.8\.8/, sgRemoved);
    const addSg = lab.group.getByRole("form", { name: "Add a rule to sg-web" });
    await addSg.getByLabel("Rule", { exact: true }).selectOption("outbound");
    await addSg.getByLabel("Type").selectOption("All traffic");
    await addSg.getByLabel(/^Destination/).fill("0.0.0.0/0");
    await addSg.getByRole("button", { name: "Add rule" }).click();
    await expectReachable(lab);
    await expect(lab.group.getByRole("table", { name: /^Outbound rules/ }).getByRole("row", { name: /All traffic.*0\.0\.0\.0\/0/ })).toHaveCount(1);

    // Network ACL: an outbound DENY numbered before the ALLOW blocks the request; removing it restores the path.
    const addAcl = lab.acl.getByRole("form", { name: "Add a rule to acl-public" });
    await addAcl.getByLabel("Rule", { exact: true }).selectOption("outbound");
    await addAcl.getByLabel("Rule number").fill("90");
    await addAcl.getByLabel("Type").selectOption("HTTPS");
    await addAcl.getByLabel("Destination CIDR").fill("8.8.8.8/32");
    await addAcl.getByLabel("Allow/Deny").selectOption("deny");
    await addAcl.getByRole("button", { name: "Add rule" }).click();
    await expectBlocked(lab, "acl-public", "SUBNET_ACL_RESTRICTION", /rule 90 DENY tcp 443 to 8\.8\.8\.8\/32/, aclDenied);
    await expect(lab.acl.getByRole("table", { name: /^Outbound rules/ }).getByRole("rowheader", { name: "90", exact: true })).toBeVisible();
    await lab.acl.getByRole("button", { name: "Remove outbound rule 90" }).click();
    await expectReachable(lab);

    // Invalid edits: refused inline with the reason; nothing changes.
    const routeRows = await lab.routes.getByRole("row").count();
    await addRoute.getByLabel("Destination").fill("10.0.0.300/33");
    await addRoute.getByLabel("Target").selectOption("igw-shop");
    await addRoute.getByRole("button", { name: "Add route" }).click();
    await expect(lab.routes.getByRole("alert")).toHaveText("Enter a destination CIDR such as 0.0.0.0/0, or a prefix list id in this network.");
    await expect(addRoute.getByLabel("Destination")).toHaveAccessibleDescription(/Enter a destination CIDR/);
    await expect(addRoute.getByLabel("Destination")).toHaveAttribute("aria-invalid", "true");
    await expect(lab.routes.getByRole("row")).toHaveCount(routeRows);
    await expectReachable(lab);

    const aclRows = await lab.acl.getByRole("row").count();
    await addAcl.getByLabel("Rule", { exact: true }).selectOption("inbound");
    await addAcl.getByLabel("Rule number").fill("40000");
    await addAcl.getByLabel("Source CIDR").fill("0.0.0.0/0");
    await addAcl.getByLabel("Allow/Deny").selectOption("deny");
    await addAcl.getByRole("button", { name: "Add rule" }).click();
    await expect(lab.acl.getByRole("alert")).toHaveText("A rule number is from 1 to 32766.");
    await expect(addAcl.getByLabel("Rule number")).toHaveAttribute("aria-invalid", "true");
    await expect(addAcl.getByLabel("Rule number")).toHaveAccessibleDescription(/A rule number is from 1 to 32766/);
    await expect(lab.acl.getByRole("row")).toHaveCount(aclRows);
    await expect(lab.acl.getByRole("rowheader", { name: "40000" })).toHaveCount(0);
    await expect(lab.root.getByText(/^Not changed: A rule number is from 1 to 32766\./)).toBeVisible();
    await expectReachable(lab);
  });

  test("by keyboard alone: probe, edit a route, a security group rule and a network ACL rule; invalid edits are refused", async ({ page }) => {
    // Hundreds of key presses: give it room on a loaded machine (this checks behaviour, not speed).
    test.setTimeout(120_000);
    await page.goto(`/course/${LAB_LESSON}`);
    const lab = labOf(page);
    await expectReachable(lab);
    const focused = page.locator(":focus");

    /** Presses Tab (or Shift+Tab) until the target has the focus; fails if it is not reached. */
    async function tabTo(target: Locator, { back = false, max = 80 } = {}) {
      for (let i = 0; i < max; i++) {
        if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
        await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      }
      await expect(target, `reached by ${back ? "Shift+Tab" : "Tab"} within ${max} presses`).toBeFocused();
    }
    /** Chooses an option of the focused <select> by typing its label's start, as a keyboard user does. */
    async function choose(select: Locator, typed: string, value: string) {
      await expect(select).toBeFocused();
      // Typing selects by the start of an option's label; a pause first ends any earlier type-ahead (1 s in Chromium).
      await page.waitForTimeout(1100);
      await page.keyboard.type(typed);
      await expect(select).toHaveValue(value);
    }

    // Start from the page's first element and tab into the lab's diagram (one tab stop), then move with the arrows.
    await page.keyboard.press("Tab");
    const diagram = lab.root.getByRole("group", { name: /^Network diagram/ });
    const node = diagram.getByRole("button");
    await tabTo(node.and(page.locator('[tabindex="0"]')), { max: 400 });
    const first = await focused.getAttribute("data-node-id");
    await page.keyboard.press("ArrowRight");
    await expect(focused).not.toHaveAttribute("data-node-id", first ?? "");
    await expect(focused).toHaveAttribute("role", "button");
    await page.keyboard.press("Enter");
    await expect(focused).toHaveAttribute("aria-pressed", "true");
    await expect(lab.root.getByText(/^Selected: /)).toBeVisible();
    await page.keyboard.press("Space");
    await expect(focused).toHaveAttribute("aria-pressed", "false");

    // Probe another path and read its verdict, then go back.
    const source = lab.probe.getByLabel("Source", { exact: true });
    await tabTo(source);
    await choose(source, "build", "i-build");
    await expect(lab.verdict).toContainText("✗ Blocked: i-build → 8.8.8.8 tcp 443 at igw-shop (IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS)");
    await choose(source, "web", "i-web");
    await expectReachable(lab);

    // Route: remove the default route (Enter), add it back (type, choose, Enter in the form).
    await tabTo(lab.routes.getByRole("button", { name: "Remove route 0.0.0.0/0" }));
    await page.keyboard.press("Enter");
    await expectBlocked(lab, "rtb-public", "NO_ROUTE_TO_DESTINATION", /has no route that matches 8\.8\.8\.8/, routeRemoved);
    const addRoute = lab.routes.getByRole("form", { name: "Add a route to rtb-public" });
    await tabTo(addRoute.getByLabel("Destination"));
    await page.keyboard.type("0.0.0.0/0");
    await page.keyboard.press("Tab");
    await choose(addRoute.getByLabel("Target"), "igw", "igw-shop");
    await page.keyboard.press("Tab");
    await expect(addRoute.getByRole("button", { name: "Add route" })).toBeFocused();
    await page.keyboard.press("Space");
    await expectReachable(lab);

    // Invalid route: a bad CIDR.
    const routeRows = await lab.routes.getByRole("row").count();
    await tabTo(addRoute.getByLabel("Destination"), { back: true });
    await page.keyboard.type("10.0.0.300/33");
    await page.keyboard.press("Tab");
    await choose(addRoute.getByLabel("Target"), "igw", "igw-shop");
    await page.keyboard.press("Tab");
    await expect(addRoute.getByRole("button", { name: "Add route" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(lab.routes.getByRole("alert")).toHaveText("Enter a destination CIDR such as 0.0.0.0/0, or a prefix list id in this network.");
    await expect(lab.routes.getByRole("row")).toHaveCount(routeRows);
    await expectReachable(lab);

    // Security group: remove the IPv4 outbound rule, add it back.
    await tabTo(lab.group.getByRole("button", { name: "Remove outbound rule All traffic All destination 0.0.0.0/0" }));
    await page.keyboard.press("Space");
    await expectBlocked(lab, "sg-web", "ENI_SG_RULES_MISMATCH", /outbound: no rule allows tcp 443 to 8\.8\.8\.8/, sgRemoved);
    const addSg = lab.group.getByRole("form", { name: "Add a rule to sg-web" });
    await tabTo(addSg.getByLabel("Rule", { exact: true }));
    await choose(addSg.getByLabel("Rule", { exact: true }), "Out", "outbound");
    await page.keyboard.press("Tab");
    await choose(addSg.getByLabel("Type"), "All t", "All traffic");
    await tabTo(addSg.getByLabel(/^Destination/));
    await page.keyboard.type("0.0.0.0/0");
    await page.keyboard.press("Enter");
    await expectReachable(lab);

    // Network ACL: add an outbound DENY 90 for HTTPS to 8.8.8.8/32, see it block, remove it.
    const addAcl = lab.acl.getByRole("form", { name: "Add a rule to acl-public" });
    await tabTo(addAcl.getByLabel("Rule", { exact: true }));
    await choose(addAcl.getByLabel("Rule", { exact: true }), "Out", "outbound");
    await page.keyboard.press("Tab");
    await expect(addAcl.getByLabel("Rule number")).toBeFocused();
    await page.keyboard.type("90");
    await page.keyboard.press("Tab");
    await choose(addAcl.getByLabel("Type"), "HTTPS", "HTTPS");
    await tabTo(addAcl.getByLabel("Destination CIDR"));
    await page.keyboard.type("8.8.8.8/32");
    await page.keyboard.press("Tab");
    await choose(addAcl.getByLabel("Allow/Deny"), "D", "deny");
    await page.keyboard.press("Tab");
    await expect(addAcl.getByRole("button", { name: "Add rule" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expectBlocked(lab, "acl-public", "SUBNET_ACL_RESTRICTION", /rule 90 DENY tcp 443 to 8\.8\.8\.8\/32/, aclDenied);
    await tabTo(lab.acl.getByRole("button", { name: "Remove outbound rule 90" }), { back: true });
    await page.keyboard.press("Enter");
    await expectReachable(lab);

    // Invalid ACL rule: number out of range.
    const aclRows = await lab.acl.getByRole("row").count();
    await tabTo(addAcl.getByLabel("Rule number"));
    await page.keyboard.type("40000");
    await tabTo(addAcl.getByLabel("Destination CIDR"));
    await page.keyboard.type("0.0.0.0/0");
    await page.keyboard.press("Enter");
    await expect(lab.acl.getByRole("alert")).toHaveText("A rule number is from 1 to 32766.");
    await expect(addAcl.getByLabel("Rule number")).toHaveAttribute("aria-invalid", "true");
    await expect(lab.acl.getByRole("row")).toHaveCount(aclRows);
    await expectReachable(lab);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Lesson labs load the engine and the editors when they come into view; once loaded they pass axe too.

for (const colorScheme of ["light", "dark"] as const) {
  test(`${LAB_LESSON}: every lab loads its editors when scrolled into view, and passes axe then (${colorScheme})`, async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/course/${LAB_LESSON}`);
    const labs = page.locator("[data-lab]");
    expect(await labs.count()).toBeGreaterThan(1);
    // Far below the first screen, the labs wait: the editors' place says what will load.
    const last = labs.filter({ has: page.getByRole("heading", { name: "Edit the network" }) }).last();
    await expect(last).toHaveAttribute("data-lab", "first-view");
    await expect(last.getByRole("status")).toHaveText(/^Loading the editors for the route table rtb-public, security group sg-web, network ACL acl-public/);
    for (const lab of await labs.all()) {
      await lab.scrollIntoViewIfNeeded();
      await expect(lab).toHaveAttribute("data-lab", "live");
    }
    const lab = labOf(page);
    await expect(lab.routes.getByRole("button", { name: "Remove route 0.0.0.0/0" })).toBeVisible();
    await expectReachable(lab);
    await axe(`/course/${LAB_LESSON}, labs loaded (${colorScheme})`);
  });
}

test("every lesson fits the window @phone: nothing makes the page scroll sideways, before or after its labs load", async ({ page }) => {
  test.setTimeout(180_000);
  for (const lesson of lessons) {
    await page.goto(`/course/${lesson.slug}`);
    const width = page.viewportSize()!.width;
    // On a phone the layout viewport widens to the widest content that is not inside a scrolling box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lesson.slug} at first load`).toBeLessThanOrEqual(width);
    for (let y = 0; y <= (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
      await page.evaluate((y) => window.scrollTo(0, y), y);
      await page.waitForTimeout(30);
    }
    await expect(page.locator('[data-lab="first-view"]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${lesson.slug} with its labs loaded`).toBeLessThanOrEqual(width);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// The table of contents marks the section being read.

const TOC_LESSON = "internet-gateways";

test("table of contents: the section being read is marked aria-current=location, without moving the links", async ({ page }) => {
  await page.goto(`/course/${TOC_LESSON}`);
  const toc = page.getByRole("navigation", { name: "On this page" });
  const current = toc.locator('a[aria-current="location"]');
  const sections = lessons.find((l) => l.slug === TOC_LESSON)!.headings;
  const link = (name: string) => toc.getByRole("link", { name, exact: true });
  // Each link's size, and its place relative to the first link (the column is sticky, so it moves as a whole).
  const boxes = async () => {
    const all = await Promise.all(sections.map(async (h) => (await link(h).boundingBox())!));
    return all.map((b) => ({ dx: b.x - all[0]!.x, dy: b.y - all[0]!.y, width: b.width, height: b.height }));
  };
  const before = await boxes();

  await page.getByRole("heading", { level: 2, name: sections[2]!, exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(link(sections[2]!)).toHaveAttribute("aria-current", "location");
  await expect(current).toHaveCount(1);

  await page.getByRole("heading", { level: 2, name: sections[4]!, exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(link(sections[4]!)).toHaveAttribute("aria-current", "location");
  await expect(link(sections[2]!)).not.toHaveAttribute("aria-current", /./);
  await expect(current).toHaveCount(1);

  // Following a link marks its section.
  await link(sections[1]!).click();
  await expect(page).toHaveURL(/#/);
  await expect(link(sections[1]!)).toHaveAttribute("aria-current", "location");
  // The marked link is as large and where it was: no layout shift.
  expect(await boxes()).toEqual(before);
});

test("table of contents @phone: in the disclosure too, the current section is marked", async ({ page }) => {
  await page.goto(`/course/${TOC_LESSON}`);
  const sections = lessons.find((l) => l.slug === TOC_LESSON)!.headings;
  await page.getByRole("heading", { level: 2, name: sections[3]!, exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollTo(0, 0));
  // On a phone the contents are a disclosure at the top; on a wide screen, the sticky column.
  const summary = page.locator("summary", { hasText: "On this page" });
  if (await summary.isVisible()) await summary.click();
  const toc = page.getByRole("navigation", { name: "On this page" });
  await expect(toc).toBeVisible();
  await toc.getByRole("link", { name: sections[3]!, exact: true }).click();
  await expect(toc.getByRole("link", { name: sections[3]!, exact: true })).toHaveAttribute("aria-current", "location");
});

// ---------------------------------------------------------------------------------------------------------------
// Glossary terms: a button with a toggletip (native popover).

const TERM_LESSON = "regions-azs-vpcs";
const REGION_HINT = /^Region: A geographic area \(such as us-east-1, N\. Virginia\)/;

test("glossary term: opens and closes by keyboard, states aria-expanded, sits by the word, passes axe open", async ({ page, axe }) => {
  await page.goto(`/course/${TERM_LESSON}`);
  const term = page.getByRole("main").getByRole("button", { name: "Region", exact: true }).first();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  const tip = page.getByRole("note").filter({ hasText: REGION_HINT });
  await expect(tip).toBeHidden();

  await term.focus();
  await page.keyboard.press("Enter");
  await expect(tip).toBeVisible();
  await expect(term).toHaveAttribute("aria-expanded", "true");
  // Next to the word (below it, or above when there is no room), inside the window.
  const t = (await term.boundingBox())!;
  const b = (await tip.boundingBox())!;
  expect(Math.min(Math.abs(b.y - (t.y + t.height)), Math.abs(t.y - (b.y + b.height)))).toBeLessThan(16);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(1280);
  await axe(`/course/${TERM_LESSON} with a glossary term open`);

  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(term).toHaveAttribute("aria-expanded", "false");
  await expect(term).toBeFocused();
  await page.keyboard.press("Space");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Space");
  await expect(tip).toBeHidden();
});

test("glossary term @phone: a tap opens it, a tap elsewhere closes it", async ({ page }) => {
  await page.goto(`/course/${TERM_LESSON}`);
  const term = page.getByRole("main").getByRole("button", { name: "Region", exact: true }).first();
  const tip = page.getByRole("note").filter({ hasText: REGION_HINT });
  const touch = !!test.info().project.use.hasTouch;
  await (touch ? term.tap() : term.click());
  await expect(tip).toBeVisible();
  const b = (await tip.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await expect(term).toHaveAttribute("aria-expanded", "true");
  const elsewhere = page.getByRole("heading", { level: 1 });
  await (touch ? elsewhere.tap() : elsewhere.click());
  await expect(tip).toBeHidden();
});

test("without JavaScript: plain table-of-contents links, and glossary terms still open", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/course/${TERM_LESSON}`);
  const toc = page.getByRole("navigation", { name: "On this page" }).first();
  const sections = lessons.find((l) => l.slug === TERM_LESSON)!.headings;
  const link = toc.getByRole("link", { name: sections[1]!, exact: true });
  await expect(link).toHaveAttribute("href", /^#.+/);
  await expect(toc.locator("a[aria-current]")).toHaveCount(0);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${(await link.getAttribute("href"))!}$`));
  const term = page.getByRole("main").getByRole("button", { name: "Region", exact: true }).first();
  await term.click();
  await expect(page.getByRole("note").filter({ hasText: REGION_HINT })).toBeVisible();
  await context.close();
});

// ---------------------------------------------------------------------------------------------------------------
// Marking a lesson complete.

test.describe("mark complete", () => {
  const lesson = lessons[lessons.length - 1]!;

  test("as a visitor: kept in this browser, still completed after a reload", async ({ page }) => {
    await page.goto(`/course/${lesson.slug}`);
    const progress = page.getByRole("region", { name: "Finished this lesson?" });
    await expect(progress.getByText("You are not signed in, so this is kept in this browser only.")).toBeVisible();
    await progress.getByRole("button", { name: "Mark complete" }).click();
    await expect(progress.getByRole("status")).toHaveText("Lesson marked complete in this browser.");
    await expect(progress.getByRole("button", { name: "Completed" })).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem("reachable.progress.v1"));
    expect(JSON.parse(stored ?? "{}").lessons ?? {}).toHaveProperty(lesson.slug);

    await page.reload();
    await expect(progress.getByRole("status")).toHaveText("You completed this lesson in this browser.");
    await expect(progress.getByRole("button", { name: "Completed" })).toBeVisible();
  });

  test("as a signed-in learner: saved and shown on the dashboard", async ({ page, signUp }) => {
    await signUp();
    await expect(page.getByText("You have not completed any lessons yet.")).toBeVisible();
    await page.goto(`/course/${lesson.slug}`);
    const progress = page.getByRole("region", { name: "Finished this lesson?" });
    await progress.getByRole("button", { name: "Mark complete" }).click();
    await expect(progress.getByRole("status")).toHaveText("Lesson marked complete. Saved to your progress.");

    await page.goto("/dashboard");
    const lessonsSection = page.getByRole("main");
    await expect(lessonsSection.getByText(new RegExp(`^✓ ${lesson.slug}$`))).toBeVisible();
    await expect(lessonsSection.getByText("1 completed")).toBeVisible();
    await page.goto(`/course/${lesson.slug}`);
    await expect(progress.getByRole("status")).toHaveText("You have completed this lesson. It is saved to your progress.");
  });
});
