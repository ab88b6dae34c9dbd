// The console-like editors' finish, on the real app and engine: locked security group rules offer no action;
// a refused address is marked invalid and described by its error until fixed; after a Remove/Delete the focus
// moves to the next row's button, else the previous row's, else the Add button (route tables, security groups,
// transit gateway static routes alike), and Edit / Save / Cancel keep it in the edited row; the diagram's table
// view is a named, focusable scrolling region, and at 375 px the exercise player does not scroll sideways, its
// editors' controls are at least 24 x 24 px and in view (a table's Remove buttons too, without scrolling the
// table), and a lesson and an exercise page pass axe with the table view open.
import type { Locator, Page } from "@playwright/test";
import { checkUntilLive } from "./support/exercise-player";
import { test, expect } from "./support/fixtures";

/** Opens an exercise with the player live. */
async function openExercise(page: Page, id: string) {
  await page.goto(`/exercises/${id}`);
  return checkUntilLive(page);
}

async function expectFocused(locator: Locator, what: string) {
  await expect(locator, what).toBeFocused();
}

test.describe("editor polish", () => {
  test("locked outbound rules of a security group offer no Remove, and Add offers only the open direction", async ({ page }) => {
    const p = await openExercise(page, "instance-public-ip");
    const sg = p.editor(/^Security group sg-web/);
    const inbound = sg.getByRole("region", { name: "Inbound rules of sg-web" });
    const outbound = sg.getByRole("region", { name: "Outbound rules of sg-web" });
    await expect(inbound.getByRole("button", { name: /^Remove inbound rule/ })).toHaveCount(2);
    await expect(outbound.getByRole("row").filter({ hasText: "All traffic" })).toContainText("read-only");
    await expect(outbound.getByRole("button")).toHaveCount(0);
    const rule = sg.getByRole("form", { name: "Add a rule to sg-web" }).getByLabel("Rule", { exact: true });
    await expect(rule.locator("option")).toHaveText(["Inbound"]);
  });

  test("the public IPv4 address is marked invalid with its error until a good address is associated", async ({ page }) => {
    const p = await openExercise(page, "instance-public-ip");
    const form = p.main.getByRole("form", { name: "Associate a public IPv4 address with eni-web" });
    const field = form.getByLabel("Elastic IP address");
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
    await field.fill("203.0.113");
    await form.getByRole("button", { name: "Associate" }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription("Enter an IPv4 address such as 203.0.113.10.");
    await field.fill("203.0.113.10");
    await field.press("Enter");
    await expect(p.main.getByText("Public IPv4 address: 203.0.113.10")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "false");
    await expect(field).toHaveAccessibleDescription("");
  });

  test("after Delete the focus moves to the next row's button, else the previous row's, else the Add button", async ({ page }) => {
    const p = await openExercise(page, "transit-gateway-isolation");
    const statics = p.editor(/^Transit gateway route table tgw-rtb-spokes: Static routes/);
    const create = statics.getByRole("form", { name: "Create a static route in tgw-rtb-spokes" });
    for (const cidr of ["10.7.0.0/16", "10.8.0.0/16", "10.9.0.0/16"]) {
      await create.getByLabel("CIDR").fill(cidr);
      await create.getByLabel("Attachment").selectOption({ label: "Blackhole (drop the traffic)" });
      await create.getByRole("button", { name: "Create static route" }).click();
      await expect(statics.getByRole("row").filter({ hasText: cidr })).toContainText("Blackhole");
    }
    const del = (cidr: string) => statics.getByRole("button", { name: `Delete static route ${cidr}` });
    // The middle row: the next row's Delete takes the focus.
    await del("10.8.0.0/16").focus();
    await page.keyboard.press("Enter");
    await expect(del("10.8.0.0/16")).toHaveCount(0);
    await expectFocused(del("10.9.0.0/16"), "the next row's Delete");
    // The last row: the previous row's Delete.
    await page.keyboard.press("Enter");
    await expect(del("10.9.0.0/16")).toHaveCount(0);
    await expectFocused(del("10.7.0.0/16"), "the previous row's Delete");
    // The only row: the Create button.
    await page.keyboard.press("Space");
    await expect(statics.getByRole("row").filter({ hasText: "No static routes." })).toBeVisible();
    await expectFocused(create.getByRole("button", { name: "Create static route" }), "the Create button");
  });

  test("the route table and security group editors move the focus the same way after Remove", async ({ page }) => {
    const p = await openExercise(page, "instance-public-ip");
    const sg = p.editor(/^Security group sg-web/);
    const first = sg.getByRole("button", { name: "Remove inbound rule HTTPS 443 source 0.0.0.0/0" });
    const second = sg.getByRole("button", { name: "Remove inbound rule SSH 22 source 192.0.2.0/24" });
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(first).toHaveCount(0);
    await expectFocused(second, "the next rule's Remove");
    await page.keyboard.press("Enter");
    await expect(second).toHaveCount(0);
    await expectFocused(sg.getByRole("button", { name: "Add rule" }), "the Add rule button");

    const routes = p.editor(/^Route table rtb-web/);
    const igw = routes.getByRole("button", { name: "Remove route 0.0.0.0/0" });
    await igw.focus();
    await page.keyboard.press("Enter");
    await expect(igw).toHaveCount(0);
    // The local route that is left cannot be removed: the Add route button.
    await expectFocused(routes.getByRole("button", { name: "Add route" }), "the Add route button");
  });

  test("Edit, Save and Cancel in the route table editor keep the focus in the row", async ({ page }) => {
    const p = await openExercise(page, "instance-public-ip");
    const routes = p.editor(/^Route table rtb-web/);
    const edit = routes.getByRole("button", { name: "Edit route 0.0.0.0/0" });
    await edit.focus();
    await page.keyboard.press("Enter");
    const destination = routes.getByRole("region", { name: "Routes of rtb-web" }).getByRole("textbox", { name: "Destination" });
    await expectFocused(destination, "the edited route's Destination");
    // Cancel: back to the row's Edit button.
    await routes.getByRole("button", { name: "Cancel" }).focus();
    await page.keyboard.press("Enter");
    await expectFocused(edit, "the Edit button after Cancel");
    // Save a changed destination: the focus is on the same row's Edit button, which now names the new destination.
    await page.keyboard.press("Enter");
    await expectFocused(destination, "the Destination again");
    await destination.fill("0.0.0.0/1");
    await routes.getByRole("button", { name: "Save" }).focus();
    await page.keyboard.press("Enter");
    await expectFocused(routes.getByRole("button", { name: "Edit route 0.0.0.0/1" }), "the Edit button after Save");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`the exercise player fits the window (375 px and desktop), its editors' controls are 24 px or more and in view, and the table view passes axe (${scheme}) @phone`, async ({ page, axe }, testInfo) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const id of ["instance-public-ip", "transit-gateway-isolation"]) {
        const p = await openExercise(page, id);
        const width = page.viewportSize()!.width;
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `/exercises/${id} scrolls sideways`).toBeLessThanOrEqual(width);
        // Every control of the editors: at least 24 × 24 px (WCAG 2.5.8).
        const editors = p.main.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Change the network" }) });
        const problems = await editors.first().evaluate((root, width) => {
          const out: string[] = [];
          for (const el of root.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href]")) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            const name = el.getAttribute("aria-label") ?? el.textContent?.trim() ?? el.id;
            if (r.width < 24 || r.height < 24) out.push(`${el.tagName} "${name}" is ${r.width.toFixed(0)}×${r.height.toFixed(0)} px`);
            // Outside a table: inside the page. In a table's scrolling region: in view without scrolling it (the
            // Actions column stays at the region's right edge), so a row's Remove is never hidden off to the side.
            const box = el.closest(".rn-table-wrap")?.getBoundingClientRect() ?? { left: 0, right: width };
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5) out.push(`${el.tagName} "${name}" spans ${r.left.toFixed(0)}..${r.right.toFixed(0)} px, outside ${box.left.toFixed(0)}..${box.right.toFixed(0)}`);
          }
          for (const wrap of root.querySelectorAll<HTMLElement>(".rn-table-wrap")) {
            const r = wrap.getBoundingClientRect();
            if (r.right > width) out.push(`table region "${wrap.getAttribute("aria-label")}" ends at ${r.right.toFixed(0)} px`);
            if (wrap.scrollWidth > wrap.clientWidth && wrap.tabIndex !== 0) out.push(`table region "${wrap.getAttribute("aria-label")}" scrolls but is not focusable`);
          }
          return out;
        }, width);
        expect(problems, `/exercises/${id} editors at ${width} px`).toEqual([]);
        await page.screenshot({ path: testInfo.outputPath(`${id}-${scheme}.png`), fullPage: true });

        await p.main.getByRole("button", { name: "Show as table" }).click();
        const table = p.main.getByRole("region", { name: /^Components of .* \(table\)$/ });
        await expect(table).toBeVisible();
        await expect(table).toHaveAttribute("tabindex", "0");
        await axe(`/exercises/${id} with the table view (${scheme}, ${width} px)`);
      }
    });

    test(`a lesson page passes axe with the diagram's table view open, at 375 px and desktop (${scheme}) @phone`, async ({ page, axe }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/course/internet-gateways");
      const figure = page.locator("figure").filter({ hasText: "The shop VPC with an internet gateway (igw-shop)" }).first();
      await figure.scrollIntoViewIfNeeded();
      // Until the page is live a press does nothing: press again until the view switches.
      await expect(async () => {
        const show = figure.getByRole("button", { name: "Show as table" });
        if (await show.isVisible()) await show.click();
        await expect(figure.getByRole("button", { name: "Show diagram" })).toBeVisible({ timeout: 1_000 });
      }).toPass();
      const table = figure.getByRole("region", { name: /^Components.* \(table\)$/ });
      await expect(table).toBeVisible();
      if (page.viewportSize()!.width <= 375) {
        // The case axe's scrollable-region-focusable is about: the table is wider than the phone.
        expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      }
      await table.focus();
      await expect(table).toBeFocused();
      await axe(`/course/internet-gateways with a diagram's table view (${scheme})`);
    });
  }
});
