import { describe, expect, it } from "vitest";
import { hashesForPath } from "./prerendered-pages";

describe("hashesForPath", () => {
  const pages = new Map([
    ["/", ["'sha256-home'"]],
    ["/course", ["'sha256-course'"]],
    ["/_not-found", ["'sha256-404'"]],
  ]);
  it("uses the page's own hashes", () => {
    expect(hashesForPath(pages, "/")).toEqual(["'sha256-home'"]);
    expect(hashesForPath(pages, "/course/")).toEqual(["'sha256-course'"]);
  });
  it("falls back to the 404 page's hashes for other paths", () => {
    expect(hashesForPath(pages, "/no-such-page")).toEqual(["'sha256-404'"]);
  });
  it("has nothing when nothing was prerendered (development)", () => {
    expect(hashesForPath(new Map(), "/")).toEqual([]);
  });
});
