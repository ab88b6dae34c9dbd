import { describe, expect, it } from "vitest";
import {
  BROWSER_PROGRESS_KEY,
  clearBrowserProgress,
  hasBrowserProgress,
  isLessonSlug,
  markLessonCompleteInBrowser,
  readBrowserProgress,
  toImportRequest,
  type ProgressStorage,
} from "./browser-progress";
import { slugSchema } from "./progress-schemas";

function memoryStorage(initial: Record<string, string> = {}): ProgressStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

describe("browser progress", () => {
  it("starts empty", () => {
    const progress = readBrowserProgress(memoryStorage());
    expect(hasBrowserProgress(progress)).toBe(false);
    expect(toImportRequest(progress)).toEqual({ lessons: [] });
  });

  it("records completed lessons once, keeping the first completion time", () => {
    const storage = memoryStorage();
    markLessonCompleteInBrowser(storage, "vpc-basics", new Date("2026-01-01T00:00:00Z"));
    markLessonCompleteInBrowser(storage, "vpc-basics", new Date("2026-02-01T00:00:00Z"));
    markLessonCompleteInBrowser(storage, "cidr", new Date("2026-01-02T00:00:00Z"));
    const progress = readBrowserProgress(storage);
    expect(progress.lessons["vpc-basics"]).toBe("2026-01-01T00:00:00.000Z");
    expect(toImportRequest(progress)).toEqual({ lessons: ["cidr", "vpc-basics"] });
  });

  it("refuses a malformed slug", () => {
    expect(() => markLessonCompleteInBrowser(memoryStorage(), "Not A Slug")).toThrow();
  });

  it("reads corrupt, foreign or future-version data as empty", () => {
    for (const raw of ["{not json", "[]", JSON.stringify({ version: 2, lessons: {} }), JSON.stringify({ version: 1, lessons: { "BAD SLUG": "x" } })]) {
      expect(hasBrowserProgress(readBrowserProgress(memoryStorage({ [BROWSER_PROGRESS_KEY]: raw })))).toBe(false);
    }
  });

  it("checks slugs by the same rule as the API's slugSchema, and stored times as ISO 8601", () => {
    for (const slug of ["vpc-basics", "a", "course/vpc-basics", "a".repeat(120), "a".repeat(121), "", "Vpc", "vpc--basics", "-vpc", "vpc-", "vpc basics", "vpc/", 7]) {
      expect(isLessonSlug(slug), String(slug)).toBe(slugSchema.safeParse(slug).success);
    }
    const stored = (at: string) => memoryStorage({ [BROWSER_PROGRESS_KEY]: JSON.stringify({ version: 1, lessons: { "vpc-basics": at } }) });
    expect(hasBrowserProgress(readBrowserProgress(stored("2026-01-01T00:00:00.000Z")))).toBe(true);
    for (const at of ["2026-01-01", "yesterday", "2026-13-45T00:00:00Z", "2026-01-01T00:00:00+02:00"]) {
      expect(hasBrowserProgress(readBrowserProgress(stored(at))), at).toBe(false);
    }
  });

  it("survives storage that throws (disabled or full)", () => {
    const broken: ProgressStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(hasBrowserProgress(readBrowserProgress(broken))).toBe(false);
    expect(() => markLessonCompleteInBrowser(broken, "vpc-basics")).not.toThrow();
    expect(() => clearBrowserProgress(broken)).not.toThrow();
  });

  it("clears after import", () => {
    const storage = memoryStorage();
    markLessonCompleteInBrowser(storage, "vpc-basics");
    clearBrowserProgress(storage);
    expect(storage.data).toEqual({});
  });
});
