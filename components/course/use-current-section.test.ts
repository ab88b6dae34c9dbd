import { describe, expect, it } from "vitest";
import { currentSection, READING_LINE_PX } from "./use-current-section";

const tops = (...values: number[]) => values.map((top, i) => ({ id: `h${i + 1}`, top }));

describe("currentSection", () => {
  it("is undefined above the first heading", () => {
    expect(currentSection(tops(300, 900, 1500), 800, false)).toBeUndefined();
  });
  it("is the last heading that has passed the reading line", () => {
    expect(currentSection(tops(-400, READING_LINE_PX, 700), 800, false)).toBe("h2");
    expect(currentSection(tops(-900, -300, 200), 800, false)).toBe("h2");
  });
  it("at the end of the page, the last heading in view, even below the line", () => {
    expect(currentSection(tops(-900, -300, 200, 600), 800, true)).toBe("h4");
    expect(currentSection(tops(-900, -300, 200, 900), 800, true)).toBe("h3");
  });
});
