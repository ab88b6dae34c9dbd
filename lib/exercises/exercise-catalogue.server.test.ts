import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCatalogue } from "./exercise-catalogue.server";
import { FIXTURES_DIR } from "./fixtures/test-database";

let dir: string;
const noLessons = () => path.join(dir, "no-lessons");

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "exercise-catalogue-"));
  copyFileSync(path.join(FIXTURES_DIR, "fixture-public-route.json"), path.join(dir, "fixture-public-route.json"));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("exercise catalogue", () => {
  it("lists and finds the exercises of a directory", () => {
    const catalogue = createCatalogue(dir, { lessonsDir: noLessons() });
    expect(catalogue.list().map((e) => e.id)).toEqual(["fixture-public-route"]);
    expect(catalogue.get("fixture-public-route")?.goals).toHaveLength(3);
    expect(catalogue.get("nope")).toBeNull();
    expect(catalogue.get("../fixture-public-route")).toBeNull();
  });

  it("reads the files once by default, again when older than maxAgeMs", () => {
    const cached = createCatalogue(dir, { lessonsDir: noLessons() });
    const fresh = createCatalogue(dir, { lessonsDir: noLessons(), maxAgeMs: 0 });
    expect(cached.list()).toHaveLength(1);
    rmSync(path.join(dir, "fixture-public-route.json"));
    expect(cached.list()).toHaveLength(1);
    expect(fresh.list()).toHaveLength(0);
  });

  it("refuses a broken file, naming it", () => {
    writeFileSync(path.join(dir, "broken.json"), "{");
    expect(() => createCatalogue(dir, { lessonsDir: noLessons() }).list()).toThrow(/broken\.json: is not valid JSON/);
  });
});
