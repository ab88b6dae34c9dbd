import { describe, expect, it } from "vitest";
import { announcementBetween, formatRemaining } from "./timer-text";

describe("timer text", () => {
  it("formats the time left", () => {
    expect(formatRemaining(130 * 60_000)).toBe("2:10:00");
    expect(formatRemaining(12 * 60_000 + 4_000)).toBe("12:04");
    expect(formatRemaining(8_200)).toBe("0:09");
    expect(formatRemaining(-5)).toBe("0:00");
  });

  it("announces at 30, 10, 5 and 1 minutes left, once, and not every second", () => {
    expect(announcementBetween(5 * 60_000 + 500, 5 * 60_000 - 500)).toBe("5 minutes left.");
    expect(announcementBetween(60_500, 59_500)).toBe("1 minute left.");
    expect(announcementBetween(4 * 60_000, 4 * 60_000 - 1000)).toBeNull();
    expect(announcementBetween(59_000, 58_000)).toBeNull();
    // Coming back after a long gap announces only the latest threshold crossed.
    expect(announcementBetween(31 * 60_000, 4 * 60_000)).toBe("5 minutes left.");
  });
});
