import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** The exercise player's parts, by role and name. */
export function player(page: Page) {
  const main = page.getByRole("main");
  const goals = main.getByRole("list", { name: "Goals" });
  return {
    main,
    goals,
    goal: (description: string) => goals.getByRole("listitem").filter({ hasText: description }),
    status: main.getByRole("status").filter({ hasText: /\S/ }),
    check: main.getByRole("button", { name: "Check", exact: true }),
    submit: main.getByRole("button", { name: "Submit", exact: true }),
    routes: main.locator("section").filter({ has: page.getByRole("heading", { name: /^Route table rtb-web/ }) }),
    /** An editor's section, by the start of its heading. */
    editor: (heading: RegExp) => main.locator("section").filter({ has: page.getByRole("heading", { level: 3, name: heading }) }).last(),
  };
}

/**
 * Presses Check until it answers, so the player is live (hydrated) before anything else is done: a click on a
 * server-rendered button before hydration does nothing.
 */
export async function checkUntilLive(page: Page): Promise<ReturnType<typeof player>> {
  const p = player(page);
  await expect(async () => {
    await p.check.click();
    await expect(p.status).toContainText(/^Check: \d+ of \d+ goals met/, { timeout: 1_000 });
  }).toPass();
  return p;
}
