import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Presses Tab (or Shift+Tab with `back`) until `target` has the focus, as a keyboard user would; fails when it is
 * not reached within `max` presses. The keyboard-only tests never click.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 200 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target, `reached by ${back ? "Shift+Tab" : "Tab"} within ${max} presses`).toBeFocused();
}
