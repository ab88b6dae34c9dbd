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
 * Presses Check once and waits for its answer, so the player is known to be live before anything else is done.
 * No retry is needed: the player's controls are disabled (with a "Loading…" text) until React has hydrated the
 * static page, and Playwright's click waits until Check is enabled (e2e/hydration-and-diagrams.spec.ts).
 */
export async function checkUntilLive(page: Page): Promise<ReturnType<typeof player>> {
  const p = player(page);
  await p.check.click();
  await expect(p.status).toContainText(/^Check: \d+ of \d+ goals met/);
  return p;
}
